package org.iops.polls.core;

import java.time.Clock;
import java.time.Duration;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.iops.notifications.Delivery;
import org.iops.notifications.NotificationCatalog;
import org.iops.notifications.NotificationKind;
import org.iops.notifications.NotificationPlace;
import org.iops.notifications.Notifications;
import org.iops.notifications.Parameter;
import org.iops.polls.PollOutcome;
import org.iops.units.UnitDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the polls tell members, each kind a member's choice on {@code /me/notifications}: voting opened (the roll),
 * closing soon (only those on the roll who have not voted, once, {@code iops.polls.remind-before} before the
 * deadline), the result (the roll), and a cancellation (the roll). Each is one row written in the transaction that
 * opens, reminds, counts or cancels ({@code Notifications.notifyAudience} with {@link PollAudiences}), expanded to
 * the members after the commit: a roll of a million members costs the count nothing.
 */
@Component
class PollNotices implements NotificationCatalog {

    static final String OPENED = "polls.opened";
    static final String CLOSING = "polls.closingSoon";
    static final String RESULT = "polls.result";
    static final String CANCELLED = "polls.cancelled";

    private final Notifications notifications;
    private final JdbcClient jdbc;
    private final UnitDirectory units;
    private final String baseUrl;
    private final Duration remindBefore;
    private final Clock clock;

    PollNotices(Notifications notifications, JdbcClient jdbc, UnitDirectory units,
            @Value("${iops.base-url}") String baseUrl, @Value("${iops.polls.remind-before:24h}") Duration remindBefore,
            Clock clock) {
        this.notifications = notifications;
        this.jdbc = jdbc;
        this.units = units;
        this.baseUrl = baseUrl;
        this.remindBefore = remindBefore;
        this.clock = clock;
    }

    @Override
    public List<NotificationKind> kinds() {
        return List.of(new NotificationKind(OPENED, Delivery.IMMEDIATELY), new NotificationKind(CLOSING, Delivery.IMMEDIATELY),
                new NotificationKind(RESULT, Delivery.IMMEDIATELY), new NotificationKind(CANCELLED, Delivery.IMMEDIATELY));
    }

    void opened(Poll poll) {
        tell(poll, OPENED, PollAudiences.ROLL, Parameter.recipientName(), Parameter.text(poll.title()),
                Parameter.date(poll.closesAt()));
    }

    void result(Poll poll, PollOutcome outcome) {
        tell(poll, RESULT, PollAudiences.ROLL, Parameter.recipientName(), Parameter.text(poll.title()),
                Parameter.message(outcome.messageKey()));
    }

    /** The roll hears that the poll was cancelled and why (an admin's reason, or that the unit was archived). */
    void cancelled(Poll poll) {
        Poll.Cancellation cancellation = java.util.Objects.requireNonNull(poll.cancellation());
        Parameter why = cancellation.cause() == Poll.Cancellation.Cause.UNIT_ARCHIVED
                ? Parameter.message("polls.cancelled.archived") : Parameter.text(String.valueOf(cancellation.reason()));
        tell(poll, CANCELLED, PollAudiences.ROLL, Parameter.recipientName(), Parameter.text(poll.title()), why);
    }

    /** Polls closing within {@code remind-before} whose reminder has not gone yet: marked, then their non-voters told. */
    List<UUID> dueReminders() {
        return jdbc.sql("UPDATE polls SET reminded = true WHERE id IN (SELECT id FROM polls WHERE state = 'OPEN' "
                        + "AND NOT reminded AND closes_at <= ? AND closes_at > ? LIMIT 20) RETURNING id")
                .params(Timestamp.from(clock.instant().plus(remindBefore)), Timestamp.from(clock.instant()))
                .query(UUID.class).list();
    }

    void remind(Poll poll) {
        tell(poll, CLOSING, PollAudiences.NOT_VOTED, Parameter.recipientName(), Parameter.text(poll.title()),
                Parameter.date(poll.closesAt()));
    }

    /** One row in the caller's transaction; the audience is expanded after the commit, in batches. */
    private void tell(Poll poll, String kind, String audience, Parameter... parameters) {
        NotificationPlace place = units.find(poll.unit()).map(u -> NotificationPlace.unit(u.id().value(), u.name()))
                .orElse(NotificationPlace.NONE);
        notifications.notifyAudience(audience, poll.id().toString(), kind, baseUrl + poll.path(), place, parameters);
    }
}
