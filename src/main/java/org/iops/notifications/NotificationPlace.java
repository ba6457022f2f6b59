package org.iops.notifications;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Where a notification belongs, so that digests can group it: the unit the item lives in (its name as the sender
 * shows it) and, when members may answer it by email, the thread. Every part is optional; a notification without a
 * unit is listed under "elsewhere" in a digest.
 */
public record NotificationPlace(@Nullable UUID unit, @Nullable String unitName, @Nullable ReplyThread thread) {

    /** Nothing known about where it belongs. */
    public static final NotificationPlace NONE = new NotificationPlace(null, null, null);

    /** In a unit, not answerable by email. */
    public static NotificationPlace unit(UUID unit, String unitName) {
        return new NotificationPlace(unit, unitName, null);
    }

    /** In a unit, about a thread members may answer by replying to the email. */
    public static NotificationPlace thread(UUID unit, String unitName, ReplyThread thread) {
        return new NotificationPlace(unit, unitName, thread);
    }
}
