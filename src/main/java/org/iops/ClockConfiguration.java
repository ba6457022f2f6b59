package org.iops;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock every module reads the time from (UTC), so that waiting periods, rate-limit windows and
 * deadlines can be tested by moving a clock instead of waiting. Tests put a {@code @Primary TestClock} beside it.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
