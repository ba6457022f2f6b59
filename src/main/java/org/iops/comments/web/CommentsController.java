package org.iops.comments.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.UUID;
import org.iops.comments.CommentId;
import org.iops.comments.thread.Comment;
import org.iops.comments.thread.CommentPosting;
import org.iops.comments.thread.CommentRefusedException;
import org.iops.comments.web.CommentViews.CommentsView;
import org.iops.comments.web.CommentViews.FormView;
import org.iops.content.ContentItem;
import org.iops.content.ContentRef;
import org.iops.content.ContentState;
import org.iops.content.PostingRefusedException;
import org.iops.shared.NotFoundException;
import org.iops.web.FormErrors;
import org.iops.web.PageContext;
import org.iops.web.PageContextFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Reading and writing comments: more threads of an item, a whole thread, the reply form and posting. Each answers
 * an htmx request with the fragment to swap in place, and anyone else with a page or a redirect to the item.
 */
@Controller
class CommentsController {

    private final CommentPages pages;
    private final CommentThreads threads;
    private final CommentPosting posting;

    CommentsController(CommentPages pages, CommentThreads threads, CommentPosting posting) {
        this.pages = pages;
        this.threads = threads;
        this.posting = posting;
    }

    /** The item's threads after a cursor ("show more"), or all from the start on a page of their own. */
    @GetMapping("/comments")
    String list(@RequestParam String item, @RequestParam(required = false) @Nullable String after,
            @ModelAttribute("page") PageContext page, Model model,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
        UUID reader = reader();
        ContentItem commented = pages.item(ContentRef.parse(item), reader);
        CommentsView view = threads.forItem(commented, reader, page, after == null ? null : CursorText.read(after));
        model.addAttribute("view", view);
        if (htmx != null) {
            return "comments/moreThreads";
        }
        model.addAttribute("title", page.t("comments.title", view.count()));
        model.addAttribute("itemTitle", commented.title());
        model.addAttribute("itemPath", commented.path());
        model.addAttribute("list", view);
        model.addAttribute("form", view.mayComment() ? CommentForms.newComment(page, commented.ref(), "", false) : null);
        return "comments/page";
    }

    @PostMapping("/comments")
    String post(@Valid @ModelAttribute("commentForm") CommentForm form, BindingResult result,
            @ModelAttribute("page") PageContext page, Model model, HttpServletResponse response,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
        UUID writer = requireReader();
        if (form.getItem() == null) {
            throw new NotFoundException("no item");
        }
        ContentRef ref = ContentRef.parse(form.getItem());
        UUID answering = form.getAnswering() == null || form.getAnswering().isEmpty() ? null
                : CommentId.parse(form.getAnswering()).value();
        ContentItem item = pages.item(ref, writer);
        boolean inPlace = htmx != null;
        FormView view = answering == null ? CommentForms.newComment(page, ref, form.getBody(), inPlace)
                : CommentForms.reply(page, item, pages.comment(answering, writer).comment(), form.getBody(), inPlace);
        if (result.hasErrors()) {
            return pages.refused(model, response, inPlace, item, view,
                    FormErrors.of(result, CommentForm.INVALID, error -> new Object[] {Comment.MAX_LENGTH}), 422, page);
        }
        Comment comment;
        try {
            comment = posting.post(writer, ref, answering, form.getBody());
        } catch (CommentRefusedException | PostingRefusedException refused) {
            return pages.refused(model, response, inPlace, item, view, refused, page);
        }
        if (!inPlace) {
            return "redirect:" + CommentForms.anchored(item, comment.id());
        }
        String status = page.t(comment.state() == ContentState.PENDING ? "comments.posted.pending" : "comments.posted");
        return pages.updated(model, page, item, comment.threadId(), writer,
                comment.isReply() ? null : CommentForms.newComment(page, ref, "", true), status);
    }

    /** A whole thread: its page, or for htmx the thread again (after a cancelled edit). */
    @GetMapping("/comments/{id}")
    String thread(@PathVariable CommentId id, @ModelAttribute("page") PageContext page, Model model,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
        UUID reader = reader();
        CommentPages.Found found = pages.comment(id.value(), reader);
        var thread = pages.thread(found.item(), found.comment().threadId(), reader, page);
        if (thread == null) {
            throw new NotFoundException("thread " + id);
        }
        model.addAttribute("thread", thread);
        if (htmx != null) {
            return "comments/thread";
        }
        model.addAttribute("title", page.t("comments.thread.title", found.item().title()));
        model.addAttribute("itemTitle", found.item().title());
        model.addAttribute("itemPath", found.item().path());
        return "comments/page";
    }

    /** The form to answer a comment, optionally starting with the comment quoted. */
    @GetMapping("/comments/{id}/reply")
    String replyForm(@PathVariable CommentId id, @RequestParam(defaultValue = "false") boolean quote,
            @ModelAttribute("page") PageContext page, Model model,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
        UUID writer = requireReader();
        CommentPages.Found found = pages.comment(id.value(), writer);
        Comment answered = found.comment();
        if (answered.removed() || answered.state() != ContentState.PUBLISHED || !threads.mayComment(found.item(), writer)) {
            throw new CommentRefusedException("comments.refused.closed", 409);
        }
        FormView form = CommentForms.reply(page, found.item(), answered, quote ? CommentForms.quote(answered) : "",
                htmx != null);
        model.addAttribute("form", form);
        model.addAttribute("errors", FormErrors.NONE);
        if (htmx != null) {
            return "comments/form";
        }
        model.addAttribute("title", page.t("comments.reply.title"));
        model.addAttribute("itemTitle", found.item().title());
        model.addAttribute("itemPath", found.item().path());
        model.addAttribute("thread", pages.thread(found.item(), answered.threadId(), writer, page));
        return "comments/page";
    }

    static @Nullable UUID reader() {
        var member = PageContextFactory.currentMember();
        return member == null ? null : member.memberId();
    }

    static UUID requireReader() {
        UUID reader = reader();
        if (reader == null) {
            // the request rules send visitors to sign in before they get here
            throw new NotFoundException("not signed in");
        }
        return reader;
    }
}
