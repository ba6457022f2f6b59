package org.iops.proposals.proposing;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.iops.content.PostingRefusedException;
import org.iops.web.PageContextFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A refused write that no form shows in place (supporting or amending once the discussion is over, deciding an
 * amendment twice, a posting rule's refusal of a button) is a page saying why, with its 4xx status.
 */
@ControllerAdvice(basePackageClasses = ProposalRefusals.class)
class ProposalRefusals {

    private final PageContextFactory pages;

    ProposalRefusals(PageContextFactory pages) {
        this.pages = pages;
    }

    @ExceptionHandler(Proposing.NotDiscussedException.class)
    ModelAndView over(HttpServletRequest request, HttpServletResponse response) {
        return page("proposals.refused.discussionOver", new Object[0], 409, request, response);
    }

    @ExceptionHandler(Amending.DecidedException.class)
    ModelAndView decided(HttpServletRequest request, HttpServletResponse response) {
        return page("proposals.refused.amendmentDecided", new Object[0], 409, request, response);
    }

    @ExceptionHandler(PostingRefusedException.class)
    ModelAndView refused(PostingRefusedException refused, HttpServletRequest request, HttpServletResponse response) {
        return page(refused.messageKey(), refused.arguments(), refused.tooMany() ? 429 : 403, request, response);
    }

    private ModelAndView page(String key, Object[] args, int status, HttpServletRequest request,
            HttpServletResponse response) {
        response.setStatus(status);
        ModelAndView view = new ModelAndView("proposals/refused");
        view.addObject("page", pages.of(request));
        view.addObject("messageKey", key);
        view.addObject("messageArgs", args);
        view.setStatus(HttpStatus.valueOf(status));
        return view;
    }

    /** Who reads: the signed-in member, or null for a visitor. */
    static @Nullable UUID viewer() {
        return PageContextFactory.currentMemberId();
    }

    /** The signed-in member; a visitor is sent to the login page by Spring Security. */
    static UUID signedIn() {
        return PageContextFactory.signedInMemberId();
    }
}
