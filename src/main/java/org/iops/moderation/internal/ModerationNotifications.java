package org.iops.moderation.internal;

import java.util.List;
import org.iops.notifications.Delivery;
import org.iops.notifications.NotificationCatalog;
import org.iops.notifications.NotificationKind;
import org.springframework.stereotype.Component;

/** What moderation tells authors: an action on their content or account, and the outcome of their appeal. */
@Component
class ModerationNotifications implements NotificationCatalog {

    static final String ACTED = "moderation.acted";
    static final String SUSPENDED = "moderation.suspended";
    static final String APPEAL_DECIDED = "moderation.appealDecided";

    @Override
    public List<NotificationKind> kinds() {
        return List.of(new NotificationKind(ACTED, Delivery.IMMEDIATELY), new NotificationKind(SUSPENDED, Delivery.IMMEDIATELY),
                new NotificationKind(APPEAL_DECIDED, Delivery.IMMEDIATELY));
    }
}
