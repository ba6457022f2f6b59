package org.iops.notifications;

/** How a member receives one kind of notification by email; every kind also shows in the site's notification list. */
public enum Delivery {
    /** An email for each notification, when it happens. */
    IMMEDIATELY,
    /** One email a day gathering what happened. */
    DAILY,
    /** One email a week. */
    WEEKLY,
    /** No email; the notification list on the site only. */
    NEVER
}
