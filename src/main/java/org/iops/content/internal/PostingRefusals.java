package org.iops.content.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.iops.content.PostingRefusedException;
import org.iops.web.PageContextFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A posting refusal that a controller did not answer itself (the form's own page is better: it keeps what the member
 * wrote) still reaches the member as what it is: a 403 (429 for a rate) in their language saying why and until
 * when, never an error page of ours. An htmx request gets the message as a fragment (422, which the layout swaps).
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class PostingRefusals {

    private final PageContextFactory pages;

    PostingRefusals(PageContextFactory pages) {
        this.pages = pages;
    }

    @ExceptionHandler(PostingRefusedException.class)
    ModelAndView refused(PostingRefusedException refused, HttpServletRequest request, HttpServletResponse response) {
        boolean htmx = request.getHeader("HX-Request") != null;
        response.setStatus(htmx ? 422 : refused.tooMany() ? 429 : 403);
        return new ModelAndView(htmx ? "content/refusedFragment" : "content/refused",
                Map.of("page", pages.of(request), "message", refused.messageKey(), "arguments", refused.arguments()));
    }
}
