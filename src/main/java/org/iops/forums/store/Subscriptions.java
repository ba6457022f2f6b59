package org.iops.forums.store;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who follows or mutes a unit's forum, a category or a topic, and how far each member has read each topic. A mute
 * at any of the three levels wins over a follow at another.
 */
@Repository
public class Subscriptions {

    /** What a member chose for one forum, category or topic. */
    public enum Mode { FOLLOW, MUTE }

    /** What a subscription is about. */
    public enum Target { FORUM, CATEGORY, TOPIC }

    private final JdbcClient db;

    Subscriptions(JdbcClient db) {
        this.db = db;
    }

    public Optional<Mode> of(UUID member, Target target, UUID id) {
        return db.sql("SELECT mode FROM forum_subscription WHERE member_id = ? AND target_type = ? AND target_id = ?")
                .params(member, target.name(), id).query(String.class).optional().map(Mode::valueOf);
    }

    public void set(UUID member, Target target, UUID id, Mode mode) {
        db.sql("INSERT INTO forum_subscription (member_id, target_type, target_id, mode) VALUES (?, ?, ?, ?)"
                        + " ON CONFLICT (member_id, target_type, target_id) DO UPDATE SET mode = EXCLUDED.mode")
                .params(member, target.name(), id, mode.name()).update();
    }

    /** Follows, unless the member chose something for it already (a mute stays a mute). */
    public void followUnlessChosen(UUID member, Target target, UUID id) {
        db.sql("INSERT INTO forum_subscription (member_id, target_type, target_id, mode) VALUES (?, ?, ?, 'FOLLOW')"
                        + " ON CONFLICT DO NOTHING")
                .params(member, target.name(), id).update();
    }

    public void clear(UUID member, Target target, UUID id) {
        db.sql("DELETE FROM forum_subscription WHERE member_id = ? AND target_type = ? AND target_id = ?")
                .params(member, target.name(), id).update();
    }

    /** The member's choices, for their data export: target type, id and mode. */
    public List<List<String>> ofMember(UUID member) {
        return db.sql("SELECT target_type, target_id, mode FROM forum_subscription WHERE member_id = ?"
                        + " ORDER BY target_type, target_id")
                .param(member).query((row, n) -> List.of(row.getString(1), row.getString(2), row.getString(3))).list();
    }

    /** The number of the last reply the member was shown in the topic, or 0. */
    public int lastRead(UUID member, UUID topic) {
        return db.sql("SELECT last_read FROM forum_read WHERE member_id = ? AND topic_id = ?").params(member, topic)
                .query(Integer.class).optional().orElse(0);
    }

    /** Moves the member's read position forward to {@code number}; never back. Writes only when it moves. */
    public void read(UUID member, UUID topic, int number) {
        db.sql("INSERT INTO forum_read (member_id, topic_id, last_read) VALUES (?, ?, ?)"
                        + " ON CONFLICT (member_id, topic_id) DO UPDATE SET last_read = EXCLUDED.last_read"
                        + " WHERE forum_read.last_read < EXCLUDED.last_read")
                .params(member, topic, number).update();
    }

    public void forget(UUID member) {
        db.sql("DELETE FROM forum_subscription WHERE member_id = ?").param(member).update();
        db.sql("DELETE FROM forum_read WHERE member_id = ?").param(member).update();
    }
}
