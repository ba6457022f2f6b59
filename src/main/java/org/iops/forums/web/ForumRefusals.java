package org.iops.forums.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.iops.content.PostingRefusedException;
import org.iops.forums.store.ForumRefusedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A refused forum write that no form shows in place (a moderator's move, deleting in a closed topic) is a page that
 * says why, in the reader's language, with its 4xx status; never a stack trace.
 */
@ControllerAdvice(basePackageClasses = ForumRefusals.class)
class ForumRefusals {

    private final ForumReaders readers;

    ForumRefusals(ForumReaders readers) {
        this.readers = readers;
    }

    @ExceptionHandler(ForumRefusedException.class)
    ModelAndView refused(ForumRefusedException refused, HttpServletRequest request, HttpServletResponse response) {
        return page(refused.messageKey(), new Object[0], refused.status(), request, response);
    }

    @ExceptionHandler(PostingRefusedException.class)
    ModelAndView refused(PostingRefusedException refused, HttpServletRequest request, HttpServletResponse response) {
        return page(refused.messageKey(), refused.arguments(), refused.tooMany() ? 429 : 403, request, response);
    }

    private ModelAndView page(String key, Object[] args, int status, HttpServletRequest request,
            HttpServletResponse response) {
        response.setStatus(status);
        ModelAndView view = new ModelAndView("forums/refused");
        view.addObject("page", readers.page(request));
        view.addObject("messageKey", key);
        view.addObject("messageArgs", args);
        view.setStatus(org.springframework.http.HttpStatus.valueOf(status));
        return view;
    }
}
