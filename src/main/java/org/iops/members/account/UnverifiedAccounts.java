package org.iops.members.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.iops.members.MemberDeleted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes accounts whose address was never confirmed, a week after joining: they wrote nothing, and keeping them
 * would hold on to an address that someone may have typed by mistake (or on purpose, in another person's name).
 */
@Component
public class UnverifiedAccounts {

    static final Duration KEPT_FOR = Duration.ofDays(7);
    private static final Logger log = LoggerFactory.getLogger(UnverifiedAccounts.class);

    private final JdbcClient db;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    UnverifiedAccounts(JdbcClient db, ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock) {
        this.clock = clock;
        this.db = db;
        this.events = events;
        this.transactions = transactions;
    }

    /**
     * Run hourly by the db-scheduler task in {@link AccountSchedule} (on one node at a time); each account is also
     * removed under a row lock, so a call from elsewhere never removes it twice.
     */
    public int removeExpired() {
        Instant cutoff = clock.instant().minus(KEPT_FOR);
        List<UUID> expired = db.sql("SELECT id FROM member WHERE email_verified_at IS NULL AND deleted_at IS NULL "
                        + "AND joined_at < ? LIMIT 1000")
                .param(MemberRepository.utc(cutoff)).query(UUID.class).list();
        int removed = 0;
        for (UUID id : expired) {
            Boolean done = transactions.execute(status -> {
                boolean locked = db.sql("SELECT id FROM member WHERE id = ? AND email_verified_at IS NULL "
                                + "AND deleted_at IS NULL FOR UPDATE SKIP LOCKED")
                        .param(id).query(UUID.class).optional().isPresent();
                if (!locked) {
                    return false;
                }
                // like any deletion: every module erases its part on the event, in this transaction
                events.publishEvent(new MemberDeleted(id));
                db.sql("DELETE FROM member WHERE id = ?").param(id).update();
                return true;
            });
            if (Boolean.TRUE.equals(done)) {
                removed++;
            }
        }
        if (removed > 0) {
            log.info("Removed {} accounts whose address was not confirmed within {} days", removed, KEPT_FOR.toDays());
        }
        return removed;
    }
}
