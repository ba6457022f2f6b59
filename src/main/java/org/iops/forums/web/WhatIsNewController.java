package org.iops.forums.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iops.content.ContentItem;
import org.iops.content.Contents;
import org.iops.forums.store.Reply;
import org.iops.forums.store.ReplyRepository;
import org.iops.forums.store.Topic;
import org.iops.forums.store.TopicRepository;
import org.iops.forums.web.ForumViews.NewsLine;
import org.iops.shared.NotFoundException;
import org.iops.units.Memberships;
import org.iops.units.UnitId;
import org.iops.units.UnitRef;
import org.iops.web.PageContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "What is new": on one page, the newest items of every module ({@link Contents#recentIn}: topics, and blog posts
 * where that module is installed) and the newest forum replies, in every unit the member belongs to, newest first,
 * a page at a time going back from {@code before}.
 */
@Controller
class WhatIsNewController {

    static final int PER_PAGE = 30;

    private final Memberships memberships;
    private final Contents contents;
    private final ReplyRepository replies;
    private final TopicRepository topics;
    private final ForumReaders readers;
    private final Clock clock;

    WhatIsNewController(Memberships memberships, Contents contents, ReplyRepository replies, TopicRepository topics,
            ForumReaders readers, Clock clock) {
        this.memberships = memberships;
        this.contents = contents;
        this.replies = replies;
        this.topics = topics;
        this.readers = readers;
        this.clock = clock;
    }

    @GetMapping("/new")
    String whatIsNew(@RequestParam(name = "before", required = false) @Nullable String before, HttpServletRequest request,
            Model model) {
        UUID reader = ForumReaders.signedIn();
        PageContext page = readers.page(request);
        Instant until = parse(before);
        List<UnitRef> units = memberships.unitsOf(reader);
        Map<UUID, UnitRef> byId = new HashMap<>();
        units.forEach(u -> byId.put(u.id().value(), u));
        List<UnitId> ids = units.stream().map(UnitRef::id).toList();
        List<Entry> entries = new ArrayList<>();
        contents.recentIn(ids, reader, until, PER_PAGE)
                .forEach(item -> entries.add(new Entry(item, item.ref().type().equals(Topic.TYPE)
                        ? "forums.new.kind.forums.topic" : "forums.new.kind.other")));
        if (!ids.isEmpty()) {
            List<Reply> fresh = replies.recent(ids.stream().map(UnitId::value).toList(), until, PER_PAGE * 2);
            Map<UUID, Topic> their = new HashMap<>();
            topics.all(fresh.stream().map(Reply::topicId).distinct().toList()).forEach(t -> their.put(t.id(), t));
            for (Reply reply : fresh) {
                Topic topic = their.get(reply.topicId());
                if (topic != null && contents.maySee(reader, topic.item()) && contents.maySee(reader, reply.item(topic, false))) {
                    ContentItem item = reply.item(topic, false);
                    entries.add(new Entry(new ContentItem(item.ref(), item.unit(), item.author(), item.visibility(),
                            item.state(), topic.title(), item.path(), item.language(), item.created(), item.closed(), null),
                            "forums.new.kind.forums.reply"));
                }
            }
        }
        List<Entry> shown = entries.stream().sorted(Comparator.comparing((Entry e) -> e.item().created()).reversed())
                .limit(PER_PAGE).toList();
        List<NewsLine> lines = shown.stream().map(e -> {
            UnitRef unit = byId.getOrDefault(e.item().unit().value(), readers.unit(e.item().unit().value()));
            var link = readers.link(unit, page);
            return new NewsLine(e.item().path(), e.item().title(), e.kindKey(), link.name(), link.path(), e.item().created());
        }).toList();
        model.addAttribute("lines", lines);
        model.addAttribute("member", !units.isEmpty());
        model.addAttribute("older", shown.size() == PER_PAGE
                ? "/new?before=" + shown.get(shown.size() - 1).item().created() : null);
        model.addAttribute("newest", before == null ? null : "/new");
        return "forums/new";
    }

    private Instant parse(@Nullable String before) {
        if (before == null) {
            return clock.instant().plusSeconds(1);
        }
        try {
            return Instant.parse(before);
        } catch (DateTimeParseException malformed) {
            throw new NotFoundException("before " + before);
        }
    }

    private record Entry(ContentItem item, String kindKey) {
    }
}
