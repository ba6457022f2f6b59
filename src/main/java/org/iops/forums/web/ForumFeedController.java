package org.iops.forums.web;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.iops.content.Visibility;
import org.iops.forums.store.Topic;
import org.iops.forums.store.TopicRepository;
import org.iops.text.MemberText;
import org.iops.units.UnitId;
import org.iops.units.UnitRef;
import org.iops.web.PageContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The Atom feed of a unit's forum: its newest public topics only, whoever asks (a feed reader signs in to nothing). */
@Controller
class ForumFeedController {

    static final int ENTRIES = 30;

    private final TopicRepository topics;
    private final ForumReaders readers;
    private final MemberText text;
    private final String baseUrl;

    ForumFeedController(TopicRepository topics, ForumReaders readers, MemberText text,
            @Value("${iops.base-url}") String baseUrl) {
        this.topics = topics;
        this.readers = readers;
        this.text = text;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @GetMapping("/units/{id}/forum.atom")
    ResponseEntity<String> feed(@PathVariable UnitId id, HttpServletRequest request) throws FeedException {
        UnitRef unit = readers.unit(id.value());
        PageContext page = readers.page(request);
        List<Topic> shown = topics.active(id.value(), EnumSet.of(Visibility.PUBLIC), ENTRIES);
        Map<java.util.UUID, String> names = readers.names(shown.stream().map(Topic::authorId)
                .filter(java.util.Objects::nonNull).toList());
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(page.t("forums.forum.title", readers.link(unit, page).name()));
        feed.setLink(baseUrl + unit.path() + "/forum");
        feed.setUri(baseUrl + unit.path() + "/forum");
        feed.setDescription(page.t("forums.feed.description"));
        feed.setPublishedDate(Date.from(shown.isEmpty() ? java.time.Instant.EPOCH : shown.get(0).lastActivityAt()));
        List<SyndEntry> entries = new ArrayList<>();
        for (Topic topic : shown) {
            SyndEntry entry = new SyndEntryImpl();
            entry.setTitle(topic.title());
            entry.setLink(baseUrl + topic.path());
            entry.setUri("urn:uuid:" + topic.id());
            entry.setAuthor(readers.name(names, topic.authorId(), page));
            entry.setPublishedDate(Date.from(topic.createdAt()));
            entry.setUpdatedDate(Date.from(topic.editedAt() == null ? topic.lastActivityAt() : topic.editedAt()));
            SyndContent content = new SyndContentImpl();
            content.setType("html");
            content.setValue(text.render(topic.body()).html());
            entry.setContents(List.of(content));
            entries.add(entry);
        }
        feed.setEntries(entries);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
                .body(new SyndFeedOutput().outputString(feed));
    }
}
