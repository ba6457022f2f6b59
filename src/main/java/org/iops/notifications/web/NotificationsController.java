package org.iops.notifications.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.iops.notifications.NotificationId;
import org.iops.notifications.inbox.Line;
import org.iops.notifications.inbox.LineWording;
import org.iops.notifications.inbox.NotificationList;
import org.iops.shared.NotFoundException;
import org.iops.web.CurrentMember;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in member's notification list: newest first, a page at a time by keyset, unread lines marked. Opening a
 * line marks it read and leads to its item; so does "mark as read" without leaving; "mark all read" clears the bell.
 * Every id in these addresses is checked to be the reader's own: another member's line is a 404.
 */
@Controller
class NotificationsController {

    static final int PAGE_SIZE = 20;

    private final NotificationList list;
    private final LineWording wording;
    private final String baseUrl;

    NotificationsController(NotificationList list, LineWording wording, @Value("${iops.base-url}") String baseUrl) {
        this.list = list;
        this.wording = wording;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @GetMapping("/notifications")
    String list(@RequestParam(required = false) @Nullable NotificationId after, Model model, Locale locale) {
        CurrentMember reader = Readers.signedIn();
        List<Line> lines = list.page(reader.memberId(), after == null ? null : after.value(), PAGE_SIZE + 1);
        boolean more = lines.size() > PAGE_SIZE;
        List<NotificationsPage.Entry> entries = lines.stream().limit(PAGE_SIZE)
                .map(line -> new NotificationsPage.Entry(line.id(), wording.text(line, locale, reader.displayName()),
                        line.unread(), line.link() != null, line.updated(), line.unitName()))
                .toList();
        model.addAttribute("notifications", new NotificationsPage(entries, list.unreadCount(reader.memberId()),
                more ? entries.get(entries.size() - 1).id() : null, after == null));
        return "notifications/list";
    }

    /** The bell with its count, for htmx to put in the header once a page is shown (htmx names that page). */
    @GetMapping("/notifications/bell")
    String bell(@RequestHeader(name = "HX-Current-URL", required = false) @Nullable String shownOn, Model model) {
        model.addAttribute("count", list.unreadCount(Readers.signedIn().memberId()));
        model.addAttribute("current", onTheList(shownOn));
        return "notifications/bell";
    }

    @PostMapping("/notifications/{id}/open")
    String open(@PathVariable NotificationId id) {
        Optional<String> link = list.markRead(Readers.signedIn().memberId(), id.value())
                .orElseThrow(() -> new NotFoundException("notification " + id));
        return "redirect:" + link.map(this::onThisSite).orElse("/notifications");
    }

    @PostMapping("/notifications/{id}/read")
    String read(@PathVariable NotificationId id) {
        list.markRead(Readers.signedIn().memberId(), id.value())
                .orElseThrow(() -> new NotFoundException("notification " + id));
        return "redirect:/notifications";
    }

    @PostMapping("/notifications/read-all")
    String readAll(RedirectAttributes redirect) {
        list.markAllRead(Readers.signedIn().memberId());
        redirect.addFlashAttribute("notice", "notifications.list.allRead");
        return "redirect:/notifications";
    }

    /** Links are written absolute for emails; the browser is only ever sent to a page of this site. */
    private String onThisSite(String link) {
        String path = link.startsWith(baseUrl + "/") ? link.substring(baseUrl.length()) : link;
        // "//host" and "/\host" are other sites to a browser
        return path.startsWith("/") && !path.startsWith("//") && !path.contains("\\") ? path : "/notifications";
    }

    private static boolean onTheList(@Nullable String address) {
        try {
            String path = address == null ? null : URI.create(address).getPath();
            return path != null && path.startsWith("/notifications");
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

}
