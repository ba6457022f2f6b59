package org.iops.notifications.mail;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.iops.notifications.Delivery;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The notifications' db-scheduler tasks, each run by one node at a time: the sweep that sends what is waiting
 * (what a crash or an unreachable mail server left, and the retries), the expansion of notifications to whole
 * audiences (what a crash left, and the retries), the daily clean-up of the outbox, and the
 * daily and weekly digests ({@code iops.notifications.digest.daily}, a cron expression in UTC, default 06:00 every
 * day; {@code iops.notifications.digest.weekly}, default 06:00 on Mondays).
 */
@Configuration(proxyBeanMethods = false)
class SendingSchedule {

    /** How long a sent (or given up) notification stays in the outbox for an operator to look at. */
    static final Duration KEPT_FOR = Duration.ofDays(30);

    @Bean
    RecurringTask<Void> sendWaitingNotifications(OutboxSender sender,
            @Value("${iops.notifications.sweep-every:10s}") Duration every) {
        return Tasks.recurring("notifications-send", FixedDelay.of(every))
                .execute((instance, context) -> sender.sendDue());
    }

    /** Notifications to whole audiences, expanded a batch per transaction (what the round after a commit left). */
    @Bean
    RecurringTask<Void> expandAudienceNotifications(AudienceFanout fanout,
            @Value("${iops.notifications.sweep-every:10s}") Duration every) {
        return Tasks.recurring("notifications-fanout", FixedDelay.of(every))
                .execute((instance, context) -> fanout.expandWaiting());
    }

    @Bean
    RecurringTask<Void> forgetOldNotifications(JdbcClient db, Clock clock) {
        return Tasks.recurring("notifications-forget", FixedDelay.of(Duration.ofDays(1)))
                .execute((instance, context) -> {
                    Timestamp before = Timestamp.from(clock.instant().minus(KEPT_FOR));
                    db.sql("DELETE FROM notification WHERE coalesce(sent_at, given_up_at) < ?").param(before).update();
                    db.sql("DELETE FROM notification_fanout WHERE done_at < ?").param(before).update();
                });
    }

    @Bean
    RecurringTask<Void> sendDailyDigests(Digests digests,
            @Value("${iops.notifications.digest.daily:0 0 6 * * *}") String cron) {
        return Tasks.recurring("notifications-digest-daily", Schedules.cron(cron))
                .execute((instance, context) -> digests.send(Delivery.DAILY));
    }

    @Bean
    RecurringTask<Void> sendWeeklyDigests(Digests digests,
            @Value("${iops.notifications.digest.weekly:0 0 6 * * MON}") String cron) {
        return Tasks.recurring("notifications-digest-weekly", Schedules.cron(cron))
                .execute((instance, context) -> digests.send(Delivery.WEEKLY));
    }
}
