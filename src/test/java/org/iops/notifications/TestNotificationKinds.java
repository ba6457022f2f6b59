package org.iops.notifications;

import java.util.List;
import org.springframework.boot.test.context.TestComponent;

/**
 * Kinds of notification as a feature module of the tests declares them ({@code messages/belltest.properties}):
 * likes, which collapse in the list ("3 people liked your post"), replies about a thread answerable by email, and
 * a weekly summary that members get in the weekly digest unless they choose otherwise, and a notice to everyone that
 * stays in the list (never emailed) unless a member chooses otherwise.
 */
@TestComponent
public class TestNotificationKinds implements NotificationCatalog {

    public static final String LIKE = "belltest.like";
    public static final String REPLY = "belltest.reply";
    public static final String SUMMARY = "belltest.summary";
    public static final String NOTICE = "belltest.notice";

    @Override
    public List<NotificationKind> kinds() {
        return List.of(new NotificationKind(LIKE, Delivery.IMMEDIATELY), new NotificationKind(REPLY, Delivery.IMMEDIATELY),
                new NotificationKind(SUMMARY, Delivery.WEEKLY), new NotificationKind(NOTICE, Delivery.NEVER));
    }
}
