package org.iops.comments.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.UUID;
import org.iops.comments.CommentId;
import org.iops.comments.thread.Comment;
import org.iops.comments.thread.CommentPosting;
import org.iops.comments.thread.CommentRefusedException;
import org.iops.comments.web.CommentViews.FormView;
import org.iops.content.PostingRefusedException;
import org.iops.shared.NotFoundException;
import org.iops.web.FormErrors;
import org.iops.web.PageContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * A member edits or deletes their own comment. Another member's comment (or one of an item the writer no longer
 * sees) is unknown: a 404, whoever asks.
 */
@Controller
class CommentEditController {

    private final CommentPages pages;
    private final CommentPosting posting;

    CommentEditController(CommentPages pages, CommentPosting posting) {
        this.pages = pages;
        this.posting = posting;
    }

    @GetMapping("/comments/{id}/edit")
    String editForm(@PathVariable CommentId id, @ModelAttribute("page") PageContext page, Model model,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
        CommentPages.Found found = own(id, CommentsController.requireReader());
        model.addAttribute("form", CommentForms.edit(page, found.item(), found.comment(), found.comment().body(),
                htmx != null));
        model.addAttribute("errors", FormErrors.NONE);
        if (htmx != null) {
            return "comments/form";
        }
        model.addAttribute("title", page.t("comments.edit.title"));
        model.addAttribute("itemTitle", found.item().title());
        model.addAttribute("itemPath", found.item().path());
        return "comments/page";
    }

    @PostMapping("/comments/{id}/edit")
    String edit(@PathVariable CommentId id, @Valid @ModelAttribute("commentForm") CommentForm form,
            BindingResult result, @ModelAttribute("page") PageContext page, Model model, HttpServletResponse response,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
        UUID writer = CommentsController.requireReader();
        CommentPages.Found found = own(id, writer);
        boolean inPlace = htmx != null;
        FormView view = CommentForms.edit(page, found.item(), found.comment(), form.getBody(), inPlace);
        if (result.hasErrors()) {
            return pages.refused(model, response, inPlace, found.item(), view,
                    FormErrors.of(result, CommentForm.INVALID, error -> new Object[] {Comment.MAX_LENGTH}), 422, page);
        }
        Comment edited;
        try {
            edited = posting.edit(writer, id.value(), form.getBody());
        } catch (CommentRefusedException | PostingRefusedException refused) {
            return pages.refused(model, response, inPlace, found.item(), view, refused, page);
        }
        if (!inPlace) {
            return "redirect:" + CommentForms.anchored(found.item(), edited.id());
        }
        return pages.updated(model, page, found.item(), edited.threadId(), writer, null, page.t("comments.edited.done"));
    }

    @PostMapping("/comments/{id}/delete")
    String delete(@PathVariable CommentId id, @ModelAttribute("page") PageContext page, Model model,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
        UUID writer = CommentsController.requireReader();
        CommentPages.Found found = own(id, writer);
        posting.delete(writer, id.value());
        if (htmx == null) {
            return "redirect:" + CommentForms.anchored(found.item(), null);
        }
        return pages.updated(model, page, found.item(), found.comment().threadId(), writer, null,
                page.t("comments.deleted"));
    }

    private CommentPages.Found own(CommentId id, UUID writer) {
        CommentPages.Found found = pages.comment(id.value(), writer);
        if (!found.comment().writtenBy(writer) || found.comment().deleted() != null) {
            throw new NotFoundException("comment " + id);
        }
        return found;
    }
}
