package org.iops.notifications.inbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.iops.notifications.Parameter;
import org.jspecify.annotations.Nullable;

/**
 * One line of a member's notification list: a notification, or several unread ones of the same kind about the same
 * item joined ({@code count} of them, by {@code names}, the latest first).
 *
 * @param parameters the latest notification's parameters
 */
public record Line(UUID id, String kind, @Nullable String link, List<Parameter> parameters, List<String> names,
        int count, @Nullable String unitName, @Nullable String threadType, @Nullable UUID threadId, Instant updated,
        boolean unread) {
}
