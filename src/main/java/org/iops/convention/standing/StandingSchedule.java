package org.iops.convention.standing;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.stereotype.Component;

/**
 * Every hour, through db-scheduler (one node at a time): where the organization stands is computed afresh, kept as
 * the day's snapshot (the day's last computation is its row), and, when all is met, announced once.
 */
@Configuration(proxyBeanMethods = false)
class StandingSchedule {

    @Bean
    RecurringTask<Void> conventionStanding(Daily daily) {
        return Tasks.recurring("convention-standing", FixedDelay.of(Duration.ofHours(1)))
                .execute((instance, context) -> daily.run());
    }

    /** One run: compute, keep the day's snapshot, announce. */
    @Component
    static class Daily {

        private final StandingService standing;
        private final Snapshots snapshots;
        private final ReadyNotice notice;

        Daily(StandingService standing, Snapshots snapshots, ReadyNotice notice) {
            this.standing = standing;
            this.snapshots = snapshots;
            this.notice = notice;
        }

        @Transactional
        public Standing run() {
            Standing now = standing.compute();
            snapshots.take(now, standing.today());
            notice.announceIfReady(now);
            return now;
        }
    }
}
