package org.iops.forums.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import org.iops.content.ContentState;
import org.iops.content.Contents;
import org.iops.content.PostingRefusedException;
import org.iops.forums.ReplyId;
import org.iops.forums.TopicId;
import org.iops.forums.store.ForumPosting;
import org.iops.forums.store.ForumRefusedException;
import org.iops.forums.store.Reply;
import org.iops.forums.store.ReplyRepository;
import org.iops.forums.store.Subscriptions;
import org.iops.forums.store.Topic;
import org.iops.forums.store.TopicRepository;
import org.iops.shared.MalformedIdException;
import org.iops.shared.NotFoundException;
import org.iops.shared.Text;
import org.iops.text.MemberText;
import org.iops.web.AfterPage;
import org.iops.web.PageContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A topic: opened at the returning member's first unread reply, read a page of twenty replies at a time or whole,
 * answered with the reply form, and kept up to date on its last page by a cheap poll.
 */
@Controller
class TopicController {

    private final TopicRepository topics;
    private final ReplyRepository replies;
    private final Subscriptions subscriptions;
    private final ForumPosting posting;
    private final TopicPages pages;
    private final ForumReaders readers;
    private final Contents contents;
    private final String baseUrl;

    TopicController(TopicRepository topics, ReplyRepository replies, Subscriptions subscriptions, ForumPosting posting,
            TopicPages pages, ForumReaders readers, Contents contents,
            @org.springframework.beans.factory.annotation.Value("${iops.base-url}") String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.topics = topics;
        this.replies = replies;
        this.subscriptions = subscriptions;
        this.posting = posting;
        this.pages = pages;
        this.readers = readers;
        this.contents = contents;
    }

    @GetMapping("/topics/{id}")
    String topic(@PathVariable TopicId id, @RequestParam(name = "page", required = false) @Nullable Integer number,
            @RequestParam(name = "quote", required = false) @Nullable String quote, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        UUID reader = ForumReaders.reader();
        Topic topic = visible(id, reader);
        PageContext page = readers.page(request);
        if (topic.state() == ContentState.HIDDEN && !contents.maySee(reader, topic.item())) {
            model.addAttribute("reason", topic.stateReason());
            model.addAttribute("unit", readers.link(readers.unit(topic.unitId()), page));
            return "forums/hidden";
        }
        boolean whole = request.getParameterMap().containsKey("all");
        if (!whole && number == null && reader != null && topic.lastNumber() > 0) {
            int lastRead = subscriptions.lastRead(reader, topic.id());
            if (lastRead > 0) {
                return "redirect:" + TopicPages.pathOf(topic, Math.min(lastRead + 1, topic.lastNumber()));
            }
        }
        int shown = whole ? 0 : number == null ? 1 : number;
        if (shown < 0 || shown > TopicPages.pages(topic)) {
            throw new NotFoundException("page " + number);
        }
        return pages.show(topic, shown, reader, page, model, quoteForm(topic, quote, reader, page));
    }

    @PostMapping("/topics/{id}/replies")
    String reply(@PathVariable TopicId id, @RequestParam(name = "body", defaultValue = "") String typed,
            @RequestParam(name = "quoted", required = false) @Nullable String quoted, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        UUID author = ForumReaders.signedIn();
        Topic found = topics.find(id.value()).orElseThrow(() -> new NotFoundException("topic"));
        // a deleted topic is refused by the posting service with its own message
        Topic topic = found.state() == ContentState.REMOVED ? found : visible(id, author);
        PageContext page = readers.page(request);
        ReplyForm form = new ReplyForm(typed.length() > MemberText.MAX_LENGTH ? "" : typed, quoted, null, new Object[0]);
        String body = Text.clean(typed);
        String problem = body == null ? "forums.body.required" : MemberText.fits(body) ? null : "forums.body.tooLong";
        if (problem != null) {
            response.setStatus(422);
            return pages.show(topic, TopicPages.pages(topic), author, page, model, form.refused(problem, MemberText.MAX_LENGTH));
        }
        try {
            UUID quotedId = quoted == null || quoted.isBlank() ? null : ReplyId.parse(quoted).value();
            Reply reply = posting.reply(author, topic.id(), body, quotedId);
            return "redirect:" + TopicPages.pathOf(topic, reply.number());
        } catch (ForumRefusedException refused) {
            response.setStatus(refused.status());
            return pages.show(topics.find(id.value()).orElseThrow(), TopicPages.pages(topic), author, page, model,
                    form.refused(refused.messageKey()));
        } catch (PostingRefusedException refused) {
            response.setStatus(refused.tooMany() ? 429 : 403);
            return pages.show(topic, TopicPages.pages(topic), author, page, model,
                    form.refused(refused.messageKey(), refused.arguments()));
        } catch (MalformedIdException malformed) {
            response.setStatus(422);
            return pages.show(topic, TopicPages.pages(topic), author, page, model, form.refused("forums.reply.quoteElsewhere"));
        }
    }

    /**
     * The replies after {@code after}, for the poll of the last page: 204, having read one row and rendered nothing,
     * when there are none. Without htmx (the "new replies" link) it leads to the first new reply.
     */
    @GetMapping("/topics/{id}/live")
    String live(@PathVariable TopicId id, @RequestParam(name = "after", defaultValue = "0") int after,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        UUID reader = ForumReaders.reader();
        Topic topic = topics.find(id.value()).filter(t -> contents.maySee(reader, t.item()))
                .orElseThrow(() -> new NotFoundException("topic"));
        if (htmx == null) {
            return "redirect:" + (topic.lastNumber() > after ? TopicPages.pathOf(topic, after + 1)
                    : topic.path() + "?page=" + TopicPages.pages(topic));
        }
        if (topic.lastNumber() <= after || after < 0) {
            response.setStatus(204);
            return "forums/empty";
        }
        PageContext page = readers.page(request);
        List<Reply> fresh = replies.range(topic.id(), after + 1, topic.lastNumber()).stream()
                .filter(r -> contents.maySee(reader, r.item(topic, false))).toList();
        if (reader != null) {
            AfterPage.write(() -> subscriptions.read(reader, topic.id(), topic.lastNumber()));
        }
        model.addAttribute("replies", pages.posts(topic, fresh, reader, page));
        model.addAttribute("livePath", topic.path() + "/live?after=" + topic.lastNumber());
        return "forums/live";
    }

    /** The topic if the reader may see it, or shown as hidden; a 404 for anything else. */
    private Topic visible(TopicId id, @Nullable UUID reader) {
        Topic topic = topics.find(id.value()).orElseThrow(() -> new NotFoundException("topic"));
        if (contents.maySee(reader, topic.item())) {
            return topic;
        }
        boolean hiddenButReadable = topic.state() == ContentState.HIDDEN && contents.maySee(reader,
                new org.iops.content.ContentItem(topic.ref(), topic.item().unit(), null, topic.visibility(),
                        ContentState.PUBLISHED, topic.title(), topic.path(), topic.language(), topic.createdAt(), false, null));
        if (hiddenButReadable) {
            return topic;
        }
        throw new NotFoundException("topic");
    }

    /**
     * The reply form, prefilled with the quoted reply as a Markdown quote and a link to it (absolute: member text
     * links only to the web).
     */
    private ReplyForm quoteForm(Topic topic, @Nullable String quote, @Nullable UUID reader, PageContext page) {
        if (quote == null || reader == null) {
            return ReplyForm.EMPTY;
        }
        Reply quoted = replies.find(ReplyId.parse(quote).value()).filter(r -> r.topicId().equals(topic.id()))
                .filter(r -> contents.maySee(reader, r.item(topic, false)))
                .orElseThrow(() -> new NotFoundException("reply"));
        String author = readers.name(readers.names(quoted.authorId() == null ? List.of() : List.of(quoted.authorId())),
                quoted.authorId(), page);
        StringBuilder text = new StringBuilder("> [").append(page.t("forums.quote.wrote", author, quoted.number()))
                .append("](").append(baseUrl).append(TopicPages.pathOf(topic, quoted.number())).append(")\n>\n");
        quoted.body().lines().forEach(line -> text.append("> ").append(line).append('\n'));
        return new ReplyForm(text.append('\n').toString(), quoted.id().toString(), null, new Object[0]);
    }
}
