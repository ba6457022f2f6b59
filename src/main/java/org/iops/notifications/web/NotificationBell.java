package org.iops.notifications.web;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import java.util.Map;
import java.util.Optional;
import org.iops.web.LayoutItem;
import org.iops.web.NavigationLink;
import org.iops.web.PageContext;
import org.springframework.stereotype.Component;

/**
 * The bell in the header of a signed-in member's pages: a link to the notification list that htmx replaces, once the
 * page is there, with the same link and the unread count ({@code GET /notifications/bell}), so no page waits on the
 * count. Without JavaScript it stays a plain link. Visitors see nothing. It sits in the header's row, not in the menu,
 * so a member on a phone sees the count without opening the menu.
 */
@Component
class NotificationBell implements LayoutItem {

    private final TemplateEngine templates;

    NotificationBell(TemplateEngine templates) {
        this.templates = templates;
    }

    @Override
    public NavigationLink.Area area() {
        return NavigationLink.Area.HEADER;
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public Optional<Content> render(PageContext page) {
        if (!page.signedIn()) {
            return Optional.empty();
        }
        return Optional.of(output -> templates.render("notifications/bell.jte",
                Map.of("page", page, "count", -1, "current", page.isCurrent("/notifications")), output));
    }
}
