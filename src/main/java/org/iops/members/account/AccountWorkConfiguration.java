package org.iops.members.account;

import java.util.concurrent.Executor;
import java.util.concurrent.ThreadPoolExecutor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Where the anonymous account forms do the work that depends on whether an address is registered (looking it up,
 * issuing a link, writing the email): off the request thread, so that the answer takes the same time either way and
 * its timing tells nothing. Bounded: beyond the queue, requests are dropped (the rate limits keep it far off).
 */
@Configuration(proxyBeanMethods = false)
class AccountWorkConfiguration {

    static final String NAME = "accountWork";

    @Bean(NAME)
    Executor accountWork() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("account-work-");
        executor.setCorePoolSize(2);
        executor.setMaxPoolSize(2);
        executor.setQueueCapacity(1_000);
        executor.setRejectedExecutionHandler(new ThreadPoolExecutor.DiscardPolicy());
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(10);
        return executor;
    }
}
