package org.iops.notifications.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.iops.notifications.Audience;
import org.iops.notifications.Delivery;
import org.iops.notifications.NotificationKind;
import org.iops.notifications.NotificationPlace;
import org.iops.notifications.Parameter;
import org.iops.notifications.ReplyThread;
import org.iops.notifications.inbox.Preferences;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notifications to whole audiences: {@link #write} keeps one row in the sender's transaction; {@link #expandWaiting}
 * (after the commit, and the db-scheduler task {@code notifications-fanout}) turns it into one notification per
 * member, {@code iops.notifications.fanout.batch} members per transaction. Each batch locks its row
 * ({@code FOR UPDATE}: a second node, or the scheduler while the sender's thread expands, waits for the batch to
 * commit and goes on from the cursor it left, so when the sender's round returns its audiences are told), writes
 * the members' notifications and moves the cursor in the same transaction, so a crash or an exception undoes the
 * batch as a whole and the next round starts again after the last committed one. A failing row waits a doubling delay (30 seconds up to an hour) and does not
 * hold up the others.
 */
@Component
public class AudienceFanout {

    private static final Logger log = LoggerFactory.getLogger(AudienceFanout.class);
    private static final Object EXPANDING = new Object();
    private static final Duration FIRST_DELAY = Duration.ofSeconds(30);
    private static final Duration MAX_DELAY = Duration.ofHours(1);

    private record Waiting(UUID id, String audience, String key, String kind, @Nullable String link,
            String parameters, NotificationPlace place, @Nullable UUID cursor, Set<UUID> except) {
    }

    private final JdbcClient db;
    private final TransactionTemplate transactions;
    private final ListableBeanFactory beans;
    private volatile @Nullable Map<String, Audience> audiences;
    private final NotificationOutbox outbox;
    private final Kinds kinds;
    private final Preferences preferences;
    private final Clock clock;
    private final int batch;

    AudienceFanout(JdbcClient db, PlatformTransactionManager transactionManager, ListableBeanFactory beans,
            NotificationOutbox outbox, Kinds kinds, Preferences preferences, Clock clock,
            @Value("${iops.notifications.fanout.batch:2000}") int batch) {
        this.db = db;
        this.transactions = new TransactionTemplate(transactionManager);
        // its own transactions, also when it runs right after the sender's commit, in the committing thread
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.beans = beans;
        this.outbox = outbox;
        this.kinds = kinds;
        this.preferences = preferences;
        this.clock = clock;
        this.batch = batch;
    }

    void write(String audience, String key, Set<UUID> except, String kind, @Nullable String link, NotificationPlace place,
            List<Parameter> parameters) {
        if (!audiences().containsKey(audience)) {
            throw new IllegalArgumentException("no audience named " + audience);
        }
        Timestamp now = Timestamp.from(clock.instant());
        ReplyThread thread = place.thread();
        db.sql("""
                INSERT INTO notification_fanout (id, audience, audience_key, except_members, kind, link, parameters,
                    unit_id, unit_name, thread_type, thread_id, created_at, next_attempt_at)
                VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), audience, key, except.toArray(UUID[]::new), kind, link, ParameterCodec.write(parameters), place.unit(),
                        place.unitName(), thread == null ? null : thread.type(), thread == null ? null : thread.id(),
                        now, now)
                .update();
        outbox.afterCommit(EXPANDING, this::expandWaiting);
    }

    /**
     * Expands every waiting audience, batch after batch, until none is due; a failing batch is undone, noted and
     * retried later. Never throws: it runs after commits and from the scheduler.
     */
    public void expandWaiting() {
        while (true) {
            UUID[] current = new UUID[1];
            try {
                if (!Boolean.TRUE.equals(transactions.execute(status -> expandOneBatch(current)))) {
                    return;
                }
            } catch (RuntimeException e) {
                if (current[0] == null) {
                    log.warn("Expanding audience notifications failed", e);
                    return;
                }
                log.warn("Expanding audience notification {} failed; it resumes after its last batch", current[0], e);
                if (!failed(current[0], e)) {
                    return;
                }
            }
        }
    }

    private boolean expandOneBatch(UUID[] current) {
        Waiting waiting = db.sql("""
                SELECT id, audience, audience_key, kind, link, parameters::text, unit_id, unit_name, thread_type,
                    thread_id, cursor_member, except_members
                FROM notification_fanout WHERE done_at IS NULL AND next_attempt_at <= ?
                ORDER BY next_attempt_at LIMIT 1 FOR UPDATE""")
                .param(Timestamp.from(clock.instant())).query(AudienceFanout::waiting).optional().orElse(null);
        if (waiting == null) {
            return false;
        }
        current[0] = waiting.id();
        Audience audience = audiences().get(waiting.audience());
        if (audience == null) {
            throw new IllegalStateException("no audience named " + waiting.audience());
        }
        List<UUID> members = audience.members(waiting.key(), waiting.cursor(), batch);
        List<UUID> told = members.stream().filter(member -> !waiting.except().contains(member)).toList();
        NotificationKind declared = kinds.find(waiting.kind()).orElse(null);
        Map<UUID, Delivery> deliveries = declared == null ? Map.of() : preferences.of(told, declared);
        Parameter[] parameters = ParameterCodec.read(waiting.parameters()).toArray(Parameter[]::new);
        for (UUID member : told) {
            outbox.deliver(member, declared, deliveries.get(member), waiting.kind(), waiting.link(), waiting.place(),
                    parameters);
        }
        boolean done = members.size() < batch;
        db.sql("""
                UPDATE notification_fanout SET cursor_member = coalesce(?, cursor_member), expanded = expanded + ?,
                    done_at = ?, attempts = 0, last_error = NULL WHERE id = ?""")
                .params(members.isEmpty() ? null : members.get(members.size() - 1), told.size(),
                        done ? Timestamp.from(clock.instant()) : null, waiting.id())
                .update();
        return true;
    }

    // asked lazily: an audience is often a bean of a module that itself sends notifications
    private Map<String, Audience> audiences() {
        Map<String, Audience> found = audiences;
        if (found == null) {
            audiences = found = Map.copyOf(beans.getBeansOfType(Audience.class));
        }
        return found;
    }

    /** Puts the row off for a while; false when even that failed (the database is likely gone: stop the round). */
    private boolean failed(UUID id, RuntimeException e) {
        try {
            transactions.executeWithoutResult(status -> noteFailure(id, e));
            return true;
        } catch (RuntimeException alsoFailed) {
            log.warn("Could not note the failure of audience notification {}", id, alsoFailed);
            return false;
        }
    }

    private void noteFailure(UUID id, RuntimeException e) {
        int attempts = db.sql("UPDATE notification_fanout SET attempts = attempts + 1, last_error = ? WHERE id = ? "
                    + "RETURNING attempts").params(String.valueOf(e), id).query(Integer.class).single();
        Duration delay = FIRST_DELAY.multipliedBy(1L << Math.min(attempts - 1, 16));
        db.sql("UPDATE notification_fanout SET next_attempt_at = ? WHERE id = ?")
                .params(Timestamp.from(clock.instant().plus(delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay)), id)
                .update();
    }

    private static Waiting waiting(ResultSet rs, int row) throws SQLException {
        String threadType = rs.getString(9);
        ReplyThread thread = threadType == null ? null : new ReplyThread(threadType, rs.getObject(10, UUID.class));
        return new Waiting(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6),
                new NotificationPlace(rs.getObject(7, UUID.class), rs.getString(8), thread),
                rs.getObject(11, UUID.class), Set.of((UUID[]) rs.getArray(12).getArray()));
    }
}
