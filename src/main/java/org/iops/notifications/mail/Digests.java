package org.iops.notifications.mail;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import org.iops.notifications.Delivery;
import org.iops.notifications.inbox.DigestQueue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the daily or weekly digests: for each member with lines waiting, in a transaction of its own, takes the
 * member's digest of this period (at most once, by the digest row's key) and writes one email to the outbox.
 */
@Component
public class Digests {

    private static final int BATCH = 500;
    /** The smallest UUID in PostgreSQL's order (bytes, unsigned). */
    private static final UUID FIRST = new UUID(0L, 0L);

    private final DigestQueue queue;
    private final NotificationOutbox outbox;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Digests(DigestQueue queue, NotificationOutbox outbox, PlatformTransactionManager transactions, Clock clock) {
        this.queue = queue;
        this.outbox = outbox;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** The day that names this period's digest: today, or the Monday of this week. */
    LocalDate periodKey(Delivery period) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        return period == Delivery.WEEKLY ? today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : today;
    }

    /** Sends this period's digests; returns how many. */
    public int send(Delivery period) {
        LocalDate key = periodKey(period);
        int sent = 0;
        UUID after = FIRST;
        List<UUID> members;
        while (!(members = queue.waiting(period, after, BATCH)).isEmpty()) {
            for (UUID member : members) {
                Boolean took = transactions.execute(status -> queue.take(member, period, key).map(digest -> {
                    outbox.sendDigest(member, digest, period);
                    return true;
                }).orElse(false));
                if (Boolean.TRUE.equals(took)) {
                    sent++;
                }
            }
            after = members.get(members.size() - 1);
        }
        return sent;
    }
}
