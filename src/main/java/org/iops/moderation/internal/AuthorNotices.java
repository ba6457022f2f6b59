package org.iops.moderation.internal;

import java.time.Instant;
import java.util.UUID;
import org.iops.notifications.Notifications;
import org.iops.notifications.Parameter;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Tells a member what moderators did to their content or their posting, with the reason, and links to the appeal
 * when the action may be appealed. Written in the moderator's transaction: nothing is sent if it rolls back.
 */
@Component
class AuthorNotices {

    private final Notifications notifications;
    private final String baseUrl;

    AuthorNotices(Notifications notifications, @Value("${iops.base-url}") String baseUrl) {
        this.notifications = notifications;
        this.baseUrl = baseUrl;
    }

    /** The appeal form for one log entry. */
    static String appealPath(UUID logEntry) {
        return "/moderation/appeal?entry=" + logEntry;
    }

    /** An action on one of their items: {0} the item's title, {1} what was done, {2} why, {3} their name. */
    void itemAction(@Nullable UUID author, UUID logEntry, LogAction action, String title, String itemPath,
            @Nullable String reason) {
        if (author == null) {
            return;
        }
        String link = baseUrl + (LogAction.APPEALABLE.contains(action) ? appealPath(logEntry) : itemPath);
        notifications.notify(author, ModerationNotifications.ACTED, link, Parameter.text(title),
                Parameter.message("moderation.told." + action.name()), reason(reason), Parameter.recipientName());
    }

    /** Suspended or excluded: {0} where, {1} until when, {2} why, {3} their name. */
    void suspended(UUID member, UUID logEntry, String unitName, @Nullable Instant until, String reason) {
        notifications.notify(member, ModerationNotifications.SUSPENDED, baseUrl + appealPath(logEntry),
                Parameter.text(unitName),
                until == null ? Parameter.message("moderation.untilLifted") : Parameter.date(until),
                Parameter.text(reason), Parameter.recipientName());
    }

    /** A suspension lifted early: {0} where, {1} what, {2} why, {3} their name. */
    void lifted(UUID member, String unitName, @Nullable String reason) {
        notifications.notify(member, ModerationNotifications.ACTED, baseUrl + "/", Parameter.text(unitName),
                Parameter.message("moderation.told.LIFTED"), reason(reason), Parameter.recipientName());
    }

    /** The appeal decided: {0} what they appealed, {1} the outcome, {2} the deciding moderator's words, {3} their name. */
    void appealDecided(UUID appellant, String about, boolean overturned, @Nullable String note) {
        notifications.notify(appellant, ModerationNotifications.APPEAL_DECIDED, baseUrl + "/", Parameter.text(about),
                Parameter.message(overturned ? "moderation.appeal.OVERTURNED" : "moderation.appeal.UPHELD"),
                reason(note), Parameter.recipientName());
    }

    private static Parameter reason(@Nullable String reason) {
        return reason == null || reason.isBlank() ? Parameter.message("moderation.noReason") : Parameter.text(reason);
    }
}
