package org.iops.forums.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.iops.content.ContentState;
import org.iops.content.Contents;
import org.iops.forums.ReplyId;
import org.iops.forums.store.ForumPosting;
import org.iops.forums.store.Reply;
import org.iops.forums.store.ReplyRepository;
import org.iops.forums.store.Topic;
import org.iops.forums.store.TopicRepository;
import org.iops.shared.ForbiddenException;
import org.iops.shared.NotFoundException;
import org.iops.shared.Text;
import org.iops.text.MemberText;
import org.iops.web.PageContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A reply's own address (it leads to its page and anchor), and its author editing or deleting it. */
@Controller
class ReplyController {

    private final ReplyRepository replies;
    private final TopicRepository topics;
    private final ForumPosting posting;
    private final ForumReaders readers;
    private final Contents contents;

    ReplyController(ReplyRepository replies, TopicRepository topics, ForumPosting posting, ForumReaders readers,
            Contents contents) {
        this.replies = replies;
        this.topics = topics;
        this.posting = posting;
        this.readers = readers;
        this.contents = contents;
    }

    @GetMapping("/replies/{id}")
    String reply(@PathVariable ReplyId id) {
        UUID reader = ForumReaders.reader();
        Reply reply = replies.find(id.value()).orElseThrow(() -> new NotFoundException("reply"));
        Topic topic = topics.find(reply.topicId()).filter(t -> contents.maySee(reader, t.item()))
                .orElseThrow(() -> new NotFoundException("reply"));
        return "redirect:" + TopicPages.pathOf(topic, reply.number());
    }

    @GetMapping("/replies/{id}/edit")
    String edit(@PathVariable ReplyId id, HttpServletRequest request, Model model) {
        Reply reply = own(id);
        return form(model, readers.page(request), reply, reply.body(), null);
    }

    @PostMapping("/replies/{id}/edit")
    String save(@PathVariable ReplyId id, @RequestParam(name = "body", defaultValue = "") String typed,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        Reply reply = own(id);
        String body = Text.clean(typed);
        String problem = body == null ? "forums.body.required" : MemberText.fits(body) ? null : "forums.body.tooLong";
        if (problem != null) {
            response.setStatus(422);
            return form(model, readers.page(request), reply, body == null ? "" : body.substring(0, MemberText.MAX_LENGTH), problem);
        }
        posting.editReply(ForumReaders.signedIn(), reply.id(), body);
        return "redirect:/replies/" + reply.id();
    }

    @PostMapping("/replies/{id}/delete")
    String delete(@PathVariable ReplyId id) {
        Reply reply = posting.deleteReply(ForumReaders.signedIn(), id.value());
        Topic topic = topics.find(reply.topicId()).orElseThrow();
        return "redirect:" + TopicPages.pathOf(topic, reply.number());
    }

    private Reply own(ReplyId id) {
        UUID reader = ForumReaders.signedIn();
        Reply reply = replies.find(id.value()).orElseThrow(() -> new NotFoundException("reply"));
        if (!reader.equals(reply.authorId()) || reply.state() == ContentState.REMOVED) {
            throw new ForbiddenException("edit reply " + id);
        }
        return reply;
    }

    private String form(Model model, PageContext page, Reply reply, String body, @Nullable String error) {
        Topic topic = topics.find(reply.topicId()).orElseThrow();
        model.addAttribute("unit", readers.link(readers.unit(topic.unitId()), page));
        model.addAttribute("topicTitle", topic.title());
        model.addAttribute("topicPath", TopicPages.pathOf(topic, reply.number()));
        model.addAttribute("action", reply.path() + "/edit");
        model.addAttribute("body", body);
        model.addAttribute("error", error);
        model.addAttribute("limit", MemberText.MAX_LENGTH);
        model.addAttribute("mentions", reply.ref().toString());
        return "forums/replyForm";
    }
}
