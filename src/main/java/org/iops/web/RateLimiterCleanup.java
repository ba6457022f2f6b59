package org.iops.web;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Hourly, through db-scheduler: the rate limiter forgets the buckets that are full again. */
@Configuration(proxyBeanMethods = false)
class RateLimiterCleanup {

    @Bean
    RecurringTask<Void> forgetFullRateLimitBuckets(RateLimiter limiter) {
        return Tasks.recurring("web-rate-limits-forget", FixedDelay.of(Duration.ofHours(1)))
                .execute((instance, context) -> limiter.forgetFullBuckets());
    }
}
