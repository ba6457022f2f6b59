package org.iops.web;

import gg.jte.Content;
import java.util.Optional;

/**
 * Implemented by a module that shows something of its own in every page's layout, more than a link: a count of
 * unread notifications in the header's row, a menu of the reader's units. The item renders its own jte
 * template (inject {@code gg.jte.TemplateEngine} and return {@code output -> engine.render("mod/badge.jte",
 * params, output)}), shown as a list item of its area in {@link #order()}.
 */
public interface LayoutItem {

    NavigationLink.Area area();

    /** Its place among the links and items of its area (lower first), on the same scale as the links. */
    int order();

    /** What to show on this page, or nothing (for a visitor, say). Asked once per page. */
    Optional<Content> render(PageContext page);
}
