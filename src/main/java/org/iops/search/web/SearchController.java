package org.iops.search.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.iops.search.SearchPaths;
import org.iops.search.web.SearchViews.SearchPageView;
import org.iops.web.CurrentMember;
import org.iops.web.PageContext;
import org.iops.web.PageContextFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * {@code /search}: the form and a page of results, for visitors and members alike (each sees what they may). An
 * htmx request (the form submitted in place, the next page) gets the results alone. A GET writes nothing.
 */
@Controller
class SearchController {

    private final SearchPage pages;
    private final PageContextFactory contexts;

    SearchController(SearchPage pages, PageContextFactory contexts) {
        this.pages = pages;
        this.contexts = contexts;
    }

    @GetMapping(SearchPaths.SEARCH)
    String search(@ModelAttribute("form") SearchForm form, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        PageContext page = contexts.of(request);
        CurrentMember member = PageContextFactory.currentMember();
        UUID reader = member == null ? null : member.memberId();
        SearchPageView view = pages.build(form, reader, page);
        if (view.errors().any()) {
            response.setStatus(422);
        }
        model.addAttribute("view", view);
        return request.getHeader("HX-Request") != null && request.getHeader("HX-Target") != null
                ? "search/results" : "search/search";
    }
}
