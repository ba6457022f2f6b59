package org.iops.members.account;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Hourly, through db-scheduler (one node at a time): accounts never confirmed within a week are removed. */
@Configuration(proxyBeanMethods = false)
class AccountSchedule {

    @Bean
    RecurringTask<Void> removeUnverifiedAccounts(UnverifiedAccounts accounts) {
        return Tasks.recurring("members-remove-unverified", FixedDelay.of(Duration.ofHours(1)))
                .execute((instance, context) -> accounts.removeExpired());
    }
}
