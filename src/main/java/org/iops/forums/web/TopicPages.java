package org.iops.forums.web;

import gg.jte.Content;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.iops.content.ContentAttachment.Place;
import org.iops.content.ContentItem;
import org.iops.content.ContentRef;
import org.iops.content.ContentLanguages;
import org.iops.content.ContentState;
import org.iops.content.ContentTranslation;
import org.iops.content.ContentTranslations;
import org.iops.content.Contents;
import org.iops.forums.store.Category;
import org.iops.forums.store.CategoryRepository;
import org.iops.forums.store.ModerationRecords;
import org.iops.forums.store.Reply;
import org.iops.forums.store.ReplyRepository;
import org.iops.forums.store.Subscriptions;
import org.iops.forums.store.Subscriptions.Target;
import org.iops.forums.store.Topic;
import org.iops.forums.web.ForumViews.PageLink;
import org.iops.forums.web.ForumViews.PostView;
import org.iops.forums.web.ForumViews.RecordLine;
import org.iops.forums.web.ForumViews.TopicHead;
import org.iops.moderation.ModerationPaths;
import org.iops.text.MemberText;
import org.iops.units.UnitRef;
import org.iops.web.AfterPage;
import org.iops.web.PageContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Builds a page of a topic for one reader: the replies numbered in the page's range (one index range read, whatever
 * the topic's length), each shown, or replaced by the reason it was hidden, or by "reply removed" where later
 * replies quote it; the attachments other modules add; and the reply form.
 */
@Component
class TopicPages {

    static final int PER_PAGE = 20;

    private final ReplyRepository replies;
    private final CategoryRepository categories;
    private final ModerationRecords records;
    private final Subscriptions subscriptions;
    private final Contents contents;
    private final MemberText text;
    private final ForumReaders readers;
    private final ContentTranslations translations;

    TopicPages(ReplyRepository replies, CategoryRepository categories, ModerationRecords records,
            Subscriptions subscriptions, Contents contents, MemberText text, ForumReaders readers,
            ContentTranslations translations) {
        this.translations = translations;
        this.replies = replies;
        this.categories = categories;
        this.records = records;
        this.subscriptions = subscriptions;
        this.contents = contents;
        this.text = text;
        this.readers = readers;
    }

    static int pages(Topic topic) {
        return Math.max(1, (topic.lastNumber() + PER_PAGE - 1) / PER_PAGE);
    }

    static int pageOf(int number) {
        return Math.max(1, (number + PER_PAGE - 1) / PER_PAGE);
    }

    /** The address of a reply: its page and anchor. */
    static String pathOf(Topic topic, int number) {
        return topic.path() + "?page=" + pageOf(number) + "#reply-" + number;
    }

    /** Fills the model for page {@code number} of the topic (0: the whole topic) and returns the view's name. */
    String show(Topic topic, int number, @Nullable UUID reader, PageContext page, Model model, ReplyForm form) {
        return show(topic, number, reader, page, model, form, null);
    }

    /**
     * As {@link #show(Topic, int, UUID, PageContext, Model, ReplyForm)}, with the title and opening post in the
     * translation {@code translated} (null: the original), the "Also in" switch and what the reader may do with translations.
     */
    String show(Topic topic, int number, @Nullable UUID reader, PageContext page, Model model, ReplyForm form,
            @Nullable ContentTranslation translated) {
        UnitRef unit = readers.unit(topic.unitId());
        Category category = categories.find(topic.categoryId()).orElseThrow();
        int pages = pages(topic);
        int from = number == 0 ? 1 : (number - 1) * PER_PAGE + 1;
        int to = number == 0 ? topic.lastNumber() : Math.min(number * PER_PAGE, topic.lastNumber());
        List<Reply> range = to < from ? List.of() : replies.range(topic.id(), from, to);
        List<Reply> shown = new ArrayList<>();
        for (Reply reply : range) {
            if (contents.maySee(reader, reply.item(topic, false)) || reply.state() == ContentState.HIDDEN
                    || reply.state() == ContentState.REMOVED && reply.quoted()) {
                shown.add(reply);
            }
        }
        List<UUID> authors = new ArrayList<>(shown.stream().map(Reply::authorId).filter(Objects::nonNull).toList());
        if (topic.authorId() != null) {
            authors.add(topic.authorId());
        }
        if (translated != null && translated.translator() != null) {
            authors.add(translated.translator());
        }
        // one query names the authors of the page and of the topic
        Map<UUID, String> names = readers.names(authors);
        ContentItem opening = topic.item();
        // the opening post's footer and the replies' come from one call: a page costs the same with or without it
        Map<ContentRef, List<Content>> footers = footers(topic, shown, reader, page, number <= 1 ? opening : null);
        List<PostView> posts = posts(topic, shown, reader, page, names, footers);
        boolean moderator = readers.moderates(reader, topic.unitId());
        model.addAttribute("unit", readers.link(unit, page));
        model.addAttribute("category", readers.category(category, page));
        model.addAttribute("topic", new TopicHead(topic.id().toString(), topic.path(),
                translated == null ? topic.title() : translated.title(), topic.pinned(), topic.closed(),
                "forums.visibility." + topic.visibility().name(), translated == null ? topic.language() : translated.language()));
        model.addAttribute("opening", number <= 1 ? openingPost(topic, reader, page, names, footers, translated) : null);
        model.addAttribute("translation", translationView(topic, reader, page, names, translated));
        model.addAttribute("below", number <= 1 ? contents.attachments(List.of(opening), Place.BELOW, reader, page)
                .getOrDefault(opening.ref(), List.of()) : List.<Content>of());
        model.addAttribute("replies", posts);
        String base = translated == null ? topic.path() : topic.path() + "/" + translated.language();
        model.addAttribute("pages", pageLinks(base, pages, number));
        model.addAttribute("allPath", base + "?all");
        model.addAttribute("whole", number == 0);
        boolean last = number == 0 || number == pages;
        model.addAttribute("livePath", last ? topic.path() + "/live?after=" + topic.lastNumber() : null);
        model.addAttribute("mayPost", !topic.closed() && readers.mayPost(reader, unit));
        model.addAttribute("signedIn", reader != null);
        model.addAttribute("form", form);
        model.addAttribute("moderator", moderator);
        model.addAttribute("records", recordLines(topic, page));
        model.addAttribute("follow", reader == null ? null : new ForumViews.FollowView(topic.path() + "/follow",
                subscriptions.of(reader, Target.TOPIC, topic.id()).map(Enum::name).orElse(null)));
        if (reader != null && to >= from) {
            // the read position moves forward only, with one statement that writes nothing when it does not move
            AfterPage.write(() -> subscriptions.read(reader, topic.id(), to));
        }
        return "forums/topic";
    }

    /** The replies as this reader sees them, with what other modules attach to their footers, in one call. */
    List<PostView> posts(Topic topic, List<Reply> shown, @Nullable UUID reader, PageContext page) {
        return posts(topic, shown, reader, page, readers.names(shown.stream().map(Reply::authorId).filter(Objects::nonNull).toList()),
                footers(topic, shown, reader, page, null));
    }

    /** What other modules attach to the footers of the replies the reader may see, and of the opening post if shown. */
    private Map<ContentRef, List<Content>> footers(Topic topic, List<Reply> shown, @Nullable UUID reader,
            PageContext page, @Nullable ContentItem opening) {
        List<ContentItem> items = new ArrayList<>();
        if (opening != null) {
            items.add(opening);
        }
        shown.stream().map(r -> r.item(topic, false)).filter(i -> contents.maySee(reader, i)).forEach(items::add);
        return contents.attachments(items, Place.FOOTER, reader, page);
    }

    private List<PostView> posts(Topic topic, List<Reply> shown, @Nullable UUID reader, PageContext page,
            Map<UUID, String> names, Map<ContentRef, List<Content>> footers) {
        List<PostView> posts = new ArrayList<>();
        for (Reply reply : shown) {
            ContentItem item = reply.item(topic, false);
            boolean sees = contents.maySee(reader, item);
            boolean own = reader != null && reader.equals(reply.authorId()) && reply.state() != ContentState.REMOVED;
            String placeholder = sees ? null : reply.state() == ContentState.HIDDEN ? "forums.reply.hidden" : "forums.reply.removed";
            posts.add(new PostView("reply-" + reply.number(), reply.number(), sees ? readers.name(names, reply.authorId(), page) : "",
                    reply.createdAt(), reply.editedAt() != null, sees ? text.render(reply.body()).html() : null, placeholder,
                    reply.state() == ContentState.HIDDEN ? reply.stateReason() : null,
                    sees ? ForumReaders.stateKey(reply.state()) : null, reply.quotedNumber(),
                    reply.quotedNumber() == null ? null : pathOf(topic, reply.quotedNumber()),
                    sees && !topic.closed() && reply.state() == ContentState.PUBLISHED
                            ? topic.path() + "?page=" + pageOf(reply.number()) + "&quote=" + reply.id() + "#reply-form" : null,
                    own ? reply.path() + "/edit" : null, own ? reply.path() + "/delete" : null,
                    footers.getOrDefault(item.ref(), List.of()),
                    own && reply.state() == ContentState.HIDDEN ? ModerationPaths.appeal(item.ref()) : null));
        }
        return posts;
    }

    /** The language switch, and who translated the text shown and what this reader may do about it. */
    private ForumViews.TranslationView translationView(Topic topic, @Nullable UUID reader, PageContext page,
            Map<UUID, String> names, @Nullable ContentTranslation shown) {
        boolean published = topic.state() == ContentState.PUBLISHED;
        List<ContentTranslation> all = published ? translations.of(topic.item(), reader) : List.of();
        String base = topic.path() + (shown == null ? "" : "/" + shown.language());
        boolean translator = shown != null && reader != null && reader.equals(shown.translator());
        return new ForumViews.TranslationView(
                ContentLanguages.switchOf(topic.path(), topic.language(), all,
                        shown == null ? null : shown.language(), page.locale()),
                shown == null ? null : readers.name(names, shown.translator(), page),
                shown == null ? null : ForumReaders.stateKey(shown.state()),
                published && reader != null ? topic.path() + "/translate" : null,
                translator ? base + "/edit" : null,
                shown != null && translations.mayRemove(topic.item(), shown, reader) ? base + "/remove" : null);
    }

    private PostView openingPost(Topic topic, @Nullable UUID reader, PageContext page, Map<UUID, String> names,
            Map<ContentRef, List<Content>> footers, @Nullable ContentTranslation shown) {
        ContentItem item = topic.item();
        boolean own = reader != null && reader.equals(topic.authorId());
        List<Content> footer = footers.getOrDefault(item.ref(), List.of());
        return new PostView("topic", 0, readers.name(names, topic.authorId(), page), topic.createdAt(), topic.editedAt() != null,
                text.render(shown == null ? topic.body() : shown.body()).html(), null,
                topic.state() == ContentState.HIDDEN ? topic.stateReason() : null,
                ForumReaders.stateKey(topic.state()), null, null, null, own ? topic.path() + "/edit" : null,
                own ? topic.path() + "/delete" : null, footer,
                own && topic.state() == ContentState.HIDDEN ? ModerationPaths.appeal(item.ref()) : null);
    }

    private static List<PageLink> pageLinks(String path, int pages, int current) {
        List<PageLink> links = new ArrayList<>();
        for (int n = 1; n <= pages; n++) {
            // a long topic shows the first, the last and the pages around the current one
            if (pages <= 9 || n == 1 || n == pages || Math.abs(n - current) <= 2) {
                links.add(new PageLink(n, path + "?page=" + n, n == current));
            }
        }
        return links;
    }

    private List<RecordLine> recordLines(Topic topic, PageContext page) {
        return records.of(topic.id()).stream().map(entry -> {
            if (entry.action() == ModerationRecords.Action.MOVED && entry.fromCategory() != null) {
                String from = categories.find(entry.fromCategory())
                        .map(c -> readers.category(c, page).name() + " (" + readers.link(readers.unit(c.unitId()), page).name() + ")")
                        .orElse("");
                return new RecordLine(page.t("forums.record.MOVED", from), entry.at());
            }
            return new RecordLine(page.t("forums.record." + entry.action().name()), entry.at());
        }).toList();
    }
}
