package org.iops.notifications.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The notification list as one member sees it: a page of lines, newest first, in their language.
 *
 * @param after the id to ask the next page after, or null on the last page
 * @param first whether this is the first page
 */
public record NotificationsPage(List<Entry> entries, int unread, @Nullable UUID after, boolean first) {

    /** One line: its text, whether it is unread, when, and where it belongs. */
    public record Entry(UUID id, String text, boolean unread, boolean hasLink, Instant when, @Nullable String unitName) {
    }
}
