package org.iops.moderation.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.iops.moderation.internal.ModerationException;
import org.iops.web.PageContextFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * What cannot be done as asked, on moderation's pages, said in the reader's language with its status: flagged
 * before, already hidden, appealed before (409), a reason missing (422). An htmx request gets the message as a
 * fragment (422, which the layout's htmx swaps).
 */
@ControllerAdvice(basePackageClasses = ModerationProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ModerationProblems {

    private final PageContextFactory pages;

    ModerationProblems(PageContextFactory pages) {
        this.pages = pages;
    }

    @ExceptionHandler(ModerationException.class)
    ModelAndView problem(ModerationException problem, HttpServletRequest request, HttpServletResponse response) {
        return page(request, response, problem.status(), problem.messageKey(), problem.arguments());
    }

    private ModelAndView page(HttpServletRequest request, HttpServletResponse response, int status, String key,
            Object[] arguments) {
        boolean htmx = request.getHeader("HX-Request") != null;
        response.setStatus(htmx ? 422 : status);
        return new ModelAndView(htmx ? "moderation/problemFragment" : "moderation/problem",
                Map.of("page", pages.of(request), "message", key, "arguments", arguments));
    }
}
