package org.iops.notifications.inbound;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Reads replies by email every {@code iops.mail.inbound.poll-every} (one minute), on one node at a time, from the
 * mailbox the operator configured ({@code iops.mail.inbound.host}, {@code port}, {@code user}, {@code password},
 * {@code protocol}); without a host nothing is read and emails carry no reply-to address for replies.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("iops.mail.inbound.host")
class InboundSchedule {

    private static final Logger log = LoggerFactory.getLogger(InboundSchedule.class);

    @Bean
    RecurringTask<Void> readRepliesByEmail(InboundReplies replies,
            @Value("${iops.mail.inbound.host}") String host, @Value("${iops.mail.inbound.port:993}") int port,
            @Value("${iops.mail.inbound.user}") String user, @Value("${iops.mail.inbound.password}") String password,
            @Value("${iops.mail.inbound.protocol:imaps}") String protocol,
            @Value("${iops.mail.inbound.poll-every:1m}") Duration every) {
        Mailbox mailbox = new Mailbox(host, port, user, password, protocol);
        return Tasks.recurring("notifications-read-replies", FixedDelay.of(every))
                .execute((instance, context) -> {
                    try {
                        replies.poll(mailbox);
                    } catch (jakarta.mail.MessagingException unreachable) {
                        log.warn("Could not read replies by email from {}:{}: {}", host, port,
                                unreachable.getMessage());
                    }
                });
    }
}
