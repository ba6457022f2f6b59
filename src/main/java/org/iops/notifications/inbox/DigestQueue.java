package org.iops.notifications.inbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.iops.notifications.Delivery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The lines waiting for a member's daily or weekly digest. Taking them for a period writes the member's digest row
 * first: its primary key (member, period, day) lets only one node, and only one run, take a member's digest of a
 * period, so a retry or a second node never sends it twice.
 */
@Component
public class DigestQueue {

    private final JdbcClient db;
    private final Clock clock;

    DigestQueue(JdbcClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Members with lines waiting for this period's digest, after {@code after} in id order, at most {@code limit}. */
    public List<UUID> waiting(Delivery period, UUID after, int limit) {
        return db.sql("SELECT DISTINCT member_id FROM member_notification WHERE digest = ? AND member_id > ? "
                + "ORDER BY member_id LIMIT ?").params(period.name(), after, limit).query(UUID.class).list();
    }

    /**
     * In the caller's transaction: the id of the member's digest of this period with the unread lines it takes, or
     * empty when that digest was taken already or nothing unread waits (lines read on the site meanwhile are dropped
     * from the queue: the member has seen them).
     */
    public Optional<UUID> take(UUID member, Delivery period, LocalDate periodKey) {
        UUID digest = UUID.randomUUID();
        int fresh = db.sql("""
                INSERT INTO notification_digest (id, member_id, period, period_key, created_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING""")
                .params(digest, member, period.name(), periodKey, Timestamp.from(clock.instant())).update();
        if (fresh == 0) {
            return Optional.empty();
        }
        db.sql("UPDATE member_notification SET digest = NULL WHERE member_id = ? AND digest = ? AND read_at IS NOT NULL")
                .params(member, period.name()).update();
        int taken = db.sql("""
                UPDATE member_notification SET digest = NULL, digest_id = ?
                WHERE member_id = ? AND digest = ? AND read_at IS NULL""")
                .params(digest, member, period.name()).update();
        if (taken == 0) {
            db.sql("DELETE FROM notification_digest WHERE id = ?").param(digest).update();
            return Optional.empty();
        }
        return Optional.of(digest);
    }

    /** The lines a digest took, oldest first. */
    public List<Line> lines(UUID digest) {
        return db.sql("SELECT id, kind, link, parameters::text, names, count, unit_name, thread_type, thread_id, "
                + "updated_at, read_at IS NULL FROM member_notification WHERE digest_id = ? ORDER BY updated_at, id")
                .param(digest).query(NotificationList::line).list();
    }

    public void erase(UUID member) {
        db.sql("DELETE FROM notification_digest WHERE member_id = ?").param(member).update();
    }
}
