package org.iops.notifications.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.iops.notifications.Parameter;
import org.iops.notifications.Recipients;
import org.iops.notifications.ReplyThread;
import org.iops.notifications.mail.EmailRenderer.Addressee;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the waiting notifications, oldest first. Each is claimed in its own transaction with
 * {@code FOR UPDATE SKIP LOCKED}, so two nodes (or two rounds on one node) never send the same one, and marked
 * sent in that transaction right after the mail server accepted it: only a crash between the two sends it twice.
 * A failed attempt is retried after a delay that doubles each time, up to {@code iops.notifications.retry.max-delay},
 * and the round stops (the server is likely down for the others too); after
 * {@code iops.notifications.retry.attempts} attempts the message is given up and the log says so.
 */
@Component
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private record Waiting(UUID id, @Nullable UUID memberId, @Nullable String address, @Nullable String language,
            String kind, @Nullable String link, String parameters, int attempts, @Nullable ReplyThread thread) {
    }

    private final JdbcClient db;
    private final TransactionTemplate transactions;
    private final EmailRenderer renderer;
    private final DigestMail digests;
    private final PostOffice postOffice;
    private final ObjectProvider<Recipients> recipients;
    private final Clock clock;
    private final Duration firstDelay;
    private final Duration maxDelay;
    private final int attempts;

    OutboxSender(JdbcClient db, PlatformTransactionManager transactionManager, EmailRenderer renderer,
            DigestMail digests, PostOffice postOffice, ObjectProvider<Recipients> recipients, Clock clock,
            @Value("${iops.notifications.retry.first-delay:30s}") Duration firstDelay,
            @Value("${iops.notifications.retry.max-delay:1h}") Duration maxDelay,
            @Value("${iops.notifications.retry.attempts:60}") int attempts) {
        this.db = db;
        this.transactions = new TransactionTemplate(transactionManager);
        // its own transaction even when called right after another one commits
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.renderer = renderer;
        this.digests = digests;
        this.postOffice = postOffice;
        this.recipients = recipients;
        this.clock = clock;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
        this.attempts = attempts;
    }

    /** Sends every notification that is due; returns how many left (or were dropped as undeliverable). */
    int sendDue() {
        int done = 0;
        try {
            Boolean sent;
            while (Boolean.TRUE.equals(sent = transactions.execute(status -> sendNext()))) {
                done++;
            }
        } catch (RuntimeException failure) {
            log.error("Could not read the notification outbox", failure);
        }
        return done;
    }

    /** True when one was sent, false when none is due or an attempt failed (the round stops). */
    private @Nullable Boolean sendNext() {
        Instant now = clock.instant();
        Optional<Waiting> next = db.sql("""
                SELECT id, member_id, address, language, kind, link, parameters::text, attempts, thread_type, thread_id
                FROM notification
                WHERE sent_at IS NULL AND given_up_at IS NULL AND next_attempt_at <= ?
                ORDER BY next_attempt_at, created_at LIMIT 1 FOR UPDATE SKIP LOCKED""")
                .param(Timestamp.from(now))
                .query((rs, n) -> new Waiting(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getInt(8), rs.getString(9) == null ? null
                                : new ReplyThread(rs.getString(9), rs.getObject(10, UUID.class))))
                .optional();
        if (next.isEmpty()) {
            return false;
        }
        Waiting waiting = next.get();
        Optional<Addressee> to = addressee(waiting);
        if (to.isEmpty()) {
            db.sql("UPDATE notification SET given_up_at = ?, last_error = 'the member is gone', address = NULL, "
                    + "link = NULL, parameters = '[]' WHERE id = ?").params(Timestamp.from(now), waiting.id()).update();
            log.info("Notification {} ({}) not sent: the member is gone", waiting.id(), waiting.kind());
            return true;
        }
        try {
            List<Parameter> parameters = ParameterCodec.read(waiting.parameters());
            MimeMessage message = DigestMail.KIND.equals(waiting.kind())
                    ? digests.render(to.get(), parameters, postOffice.newMessage())
                    : renderer.render(to.get(), waiting.kind(), waiting.link(), parameters, waiting.thread(),
                            postOffice.newMessage());
            postOffice.deliver(message);
        } catch (MessagingException | RuntimeException failure) {
            failed(waiting, now, failure);
            return false;
        }
        db.sql("UPDATE notification SET sent_at = ?, attempts = attempts + 1, last_error = NULL, address = NULL, "
                + "link = NULL, parameters = '[]' WHERE id = ?").params(Timestamp.from(now), waiting.id()).update();
        return true;
    }

    private Optional<Addressee> addressee(Waiting waiting) {
        if (waiting.memberId() == null) {
            return Optional.of(new Addressee(waiting.address(), Locale.forLanguageTag(waiting.language()), null,
                    null));
        }
        Recipients members = recipients.getIfAvailable();
        return members == null ? Optional.empty() : members.find(waiting.memberId())
                .map(recipient -> Addressee.of(waiting.memberId(), recipient));
    }

    private void failed(Waiting waiting, Instant now, Exception failure) {
        int attempt = waiting.attempts() + 1;
        String reason = String.valueOf(failure.getMessage());
        if (attempt >= attempts) {
            db.sql("UPDATE notification SET attempts = ?, last_error = ?, given_up_at = ? WHERE id = ?")
                    .params(attempt, reason, Timestamp.from(now), waiting.id()).update();
            log.error("Gave up sending notification {} ({}) after {} attempts: {}", waiting.id(), waiting.kind(),
                    attempt, reason);
            return;
        }
        Instant retry = now.plus(delayAfter(attempt));
        db.sql("UPDATE notification SET attempts = ?, last_error = ?, next_attempt_at = ? WHERE id = ?")
                .params(attempt, reason, Timestamp.from(retry), waiting.id()).update();
        log.warn("Could not send notification {} ({}), attempt {}; next attempt at {}: {}", waiting.id(),
                waiting.kind(), attempt, retry, reason);
    }

    /** 30 s, 1 min, 2 min, 4 min... up to the maximum (with the defaults). */
    Duration delayAfter(int attempt) {
        Duration delay = firstDelay;
        for (int i = 1; i < attempt && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
