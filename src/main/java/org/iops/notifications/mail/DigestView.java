package org.iops.notifications.mail;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A digest email as its templates show it ({@code notifications/digest.jte}, HTML and plain text): what happened,
 * by unit and then by thread, each thread linking to its first unread item.
 */
public record DigestView(String language, String subject, String intro, List<Unit> units, String why,
        String settings, @Nullable String unsubscribe) {

    /** The threads of one unit ("elsewhere" for notifications that named none). */
    public record Unit(String name, List<Thread> threads) {
    }

    /** What happened in one thread, oldest first, and the link to its first unread item. */
    public record Thread(List<String> items, @Nullable String link, String action) {
    }
}
