package org.iops.comments.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.iops.comments.thread.CommentRefusedException;
import org.iops.web.PageContext;
import org.iops.web.PageContextFactory;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A comment action refused outside a form (replying to a comment of a closed item): a page saying why. */
@ControllerAdvice(assignableTypes = {CommentsController.class, CommentEditController.class})
class CommentRefusals {

    private final PageContextFactory pages;

    CommentRefusals(PageContextFactory pages) {
        this.pages = pages;
    }

    @ExceptionHandler(CommentRefusedException.class)
    String refused(CommentRefusedException refusal, HttpServletRequest request, Model model,
            HttpServletResponse response) {
        PageContext page = pages.of(request);
        response.setStatus(refusal.status());
        model.addAttribute("page", page);
        model.addAttribute("message", page.t(refusal.messageKey(), refusal.arguments()));
        return "comments/refused";
    }
}
