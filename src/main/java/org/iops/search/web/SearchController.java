package org.iops.search.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.UUID;
import org.iops.search.SearchPaths;
import org.iops.search.web.SearchViews.SearchPageView;
import org.iops.web.CurrentMember;
import org.iops.web.PageContext;
import org.iops.web.PageContextFactory;
import org.iops.web.RateLimiter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * {@code /search}: the form and a page of results, for visitors and members alike (each sees what they may). An
 * htmx request (the form submitted in place, the next page) gets the results alone. A GET writes nothing. Searching
 * costs the database a full-text query, so each member ({@link #PER_MEMBER}) and, for visitors, each address
 * ({@link #PER_ADDRESS}) has an allowance; beyond it the 429 page says to wait. The empty form costs nothing.
 */
@Controller
class SearchController {

    static final RateLimiter.Limit PER_MEMBER = new RateLimiter.Limit("search-member", 60, Duration.ofMinutes(1));
    /** Every visitor behind one address together (a library, a chapter meeting's Wi-Fi): more than one member. */
    static final RateLimiter.Limit PER_ADDRESS = new RateLimiter.Limit("search-ip", 120, Duration.ofMinutes(1));

    private final SearchPage pages;
    private final PageContextFactory contexts;
    private final RateLimiter limiter;

    SearchController(SearchPage pages, PageContextFactory contexts, RateLimiter limiter) {
        this.pages = pages;
        this.contexts = contexts;
        this.limiter = limiter;
    }

    @GetMapping(SearchPaths.SEARCH)
    String search(@ModelAttribute("form") SearchForm form, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        PageContext page = contexts.of(request);
        CurrentMember member = PageContextFactory.currentMember();
        UUID reader = member == null ? null : member.memberId();
        if (!form.getQ().isBlank()) {
            if (reader == null) {
                limiter.consume(PER_ADDRESS, request.getRemoteAddr());
            } else {
                limiter.consume(PER_MEMBER, reader.toString());
            }
        }
        SearchPageView view = pages.build(form, reader, page);
        if (view.errors().any()) {
            response.setStatus(422);
        }
        model.addAttribute("view", view);
        return request.getHeader("HX-Request") != null && request.getHeader("HX-Target") != null
                ? "search/results" : "search/search";
    }
}
