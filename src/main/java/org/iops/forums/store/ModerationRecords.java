package org.iops.forums.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What moderators did to topics: shown on the topic, never naming the moderator to readers. */
@Repository
public class ModerationRecords {

    /** What was done. */
    public enum Action { PINNED, UNPINNED, CLOSED, REOPENED, MOVED }

    /** One record; for a move, the category (and so the unit) it came from. */
    public record Entry(Action action, @Nullable UUID fromCategory, Instant at) {
    }

    private final JdbcClient db;

    ModerationRecords(JdbcClient db) {
        this.db = db;
    }

    public void record(UUID topic, Action action, UUID moderator, @Nullable UUID fromCategory, Instant at) {
        db.sql("INSERT INTO forum_moderation (id, topic_id, action, moderator_id, from_category, at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), topic, action.name(), moderator, fromCategory, Timestamp.from(at)).update();
    }

    /** The topic's records, oldest first. */
    public List<Entry> of(UUID topic) {
        return db.sql("SELECT action, from_category, at FROM forum_moderation WHERE topic_id = ? ORDER BY at, id")
                .param(topic).query((row, n) -> new Entry(Action.valueOf(row.getString(1)),
                        row.getObject(2, UUID.class), row.getTimestamp(3).toInstant())).list();
    }

    /** How many actions the member took, for their export (the records stay, without the name, on erasure). */
    public long countBy(UUID moderator) {
        return db.sql("SELECT count(*) FROM forum_moderation WHERE moderator_id = ?").param(moderator)
                .query(Long.class).single();
    }

    public void forget(UUID moderator) {
        db.sql("UPDATE forum_moderation SET moderator_id = NULL WHERE moderator_id = ?").param(moderator).update();
    }
}
