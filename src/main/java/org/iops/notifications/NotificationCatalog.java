package org.iops.notifications;

import java.util.List;

/**
 * Contribution: the kinds of notification a module sends that members may choose how to receive. One bean per
 * module; the member's settings page lists every kind of every module.
 */
public interface NotificationCatalog {

    List<NotificationKind> kinds();
}
