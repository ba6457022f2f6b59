package org.iops.units.tree;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every ten minutes, through db-scheduler (one node at a time): the terms that ended are announced. */
@Configuration(proxyBeanMethods = false)
class TermSchedule {

    @Bean
    RecurringTask<Void> announceEndedTerms(RoleBook roles) {
        return Tasks.recurring("units-announce-ended-terms", FixedDelay.of(Duration.ofMinutes(10)))
                .execute((instance, context) -> roles.announceEndedTerms());
    }
}
