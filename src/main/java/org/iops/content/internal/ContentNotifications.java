package org.iops.content.internal;

import java.util.List;
import org.iops.content.Mentions;
import org.iops.notifications.Delivery;
import org.iops.notifications.NotificationCatalog;
import org.iops.notifications.NotificationKind;
import org.springframework.stereotype.Component;

/** Mentions are told at once unless the member chooses otherwise. */
@Component
class ContentNotifications implements NotificationCatalog {

    @Override
    public List<NotificationKind> kinds() {
        return List.of(new NotificationKind(Mentions.KIND, Delivery.IMMEDIATELY));
    }
}
