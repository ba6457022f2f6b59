package org.iops.forums.store;

import java.util.List;
import org.iops.notifications.Delivery;
import org.iops.notifications.NotificationCatalog;
import org.iops.notifications.NotificationKind;
import org.iops.units.Action;
import org.iops.units.ActionCatalog;
import org.iops.units.Grant;
import org.iops.units.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the forums declare to the platform: the action of managing a unit's categories (its admins, and the admins
 * of every unit above), and the two kinds of notification followers get.
 */
@Configuration(proxyBeanMethods = false)
public class ForumCatalogs {

    /** Creating, renaming, reordering and archiving the categories of a unit's forum. */
    public static final Action MANAGE = new Action("forums.manage");

    @Bean
    ActionCatalog forumActions() {
        return () -> List.of(Grant.of(MANAGE, Role.ADMIN));
    }

    @Bean
    NotificationCatalog forumNotifications() {
        return () -> List.of(new NotificationKind(ForumFollowers.REPLY, Delivery.IMMEDIATELY),
                new NotificationKind(ForumFollowers.NEW_TOPIC, Delivery.DAILY));
    }
}
