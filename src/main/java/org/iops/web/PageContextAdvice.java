package org.iops.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page's model its {@code page} context. */
@ControllerAdvice
class PageContextAdvice {

    private final PageContextFactory pages;

    PageContextAdvice(PageContextFactory pages) {
        this.pages = pages;
    }

    @ModelAttribute("page")
    PageContext page(HttpServletRequest request) {
        return pages.of(request);
    }
}
