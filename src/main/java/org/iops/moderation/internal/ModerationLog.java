package org.iops.moderation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.iops.content.ContentItem;
import org.iops.units.UnitId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who did what, why and when: every moderation action, kept when the actor's account goes. */
@Repository
public class ModerationLog {

    /**
     * One action. {@code unit} is where the acting moderator's authority was used (the queue they acted from);
     * {@code actor} null is the platform itself unless {@code actorGone} (a former member).
     */
    public record Entry(UUID id, UnitId unit, @Nullable UUID actor, boolean actorGone, LogAction action,
            @Nullable String item, @Nullable String itemTitle, @Nullable String itemPath, @Nullable UUID subject,
            @Nullable String reason, @Nullable Instant until, @Nullable UUID about, Instant at) {
    }

    /** What to record: the item it was about, if any (its reference, title and address), and the member it was against. */
    public record Record(UnitId unit, @Nullable UUID actor, LogAction action, @Nullable String item,
            @Nullable String itemTitle, @Nullable String itemPath, @Nullable UUID subject, @Nullable String reason,
            @Nullable Instant until, @Nullable UUID about) {

        /** An action on an item, against its author. */
        public static Record onItem(UnitId unit, @Nullable UUID actor, LogAction action, ContentItem item,
                @Nullable String reason) {
            return new Record(unit, actor, action, item.ref().toString(), item.title(), item.path(), item.author(),
                    reason, null, null);
        }
    }

    private static final String COLUMNS = "id, unit_id, actor_id, actor_gone, action, content_ref, item_title, item_path,"
            + " subject_id, reason, until, about, at";

    private static final RowMapper<Entry> ENTRY = (ResultSet rs, int row) -> new Entry(rs.getObject("id", UUID.class),
            new UnitId(rs.getObject("unit_id", UUID.class)), rs.getObject("actor_id", UUID.class),
            rs.getBoolean("actor_gone"), LogAction.valueOf(rs.getString("action")), rs.getString("content_ref"),
            rs.getString("item_title"), rs.getString("item_path"), rs.getObject("subject_id", UUID.class),
            rs.getString("reason"), instant(rs, "until"), rs.getObject("about", UUID.class), instant(rs, "at"));

    private final JdbcClient db;
    private final Clock clock;

    ModerationLog(JdbcClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public UUID record(Record r) {
        return record(r, null);
    }

    /** Records the action; {@code previousText} is the text before an edit, kept until an appeal is decided. */
    public UUID record(Record r, @Nullable String previousText) {
        UUID id = UUID.randomUUID();
        db.sql("INSERT INTO moderation_log (id, unit_id, actor_id, action, content_ref, item_title, item_path,"
                        + " previous_text, subject_id, reason, until, about, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, r.unit().value(), r.actor(), r.action().name(), r.item(), r.itemTitle(), r.itemPath(),
                        previousText, r.subject(), r.reason(),
                        r.until() == null ? null : Timestamp.from(r.until()), r.about(), Timestamp.from(clock.instant()))
                .update();
        return id;
    }

    public Optional<Entry> find(UUID id) {
        return db.sql("SELECT " + COLUMNS + " FROM moderation_log WHERE id = ?").param(id).query(ENTRY).optional();
    }

    public Optional<String> previousText(UUID id) {
        return db.sql("SELECT previous_text FROM moderation_log WHERE id = ? AND previous_text IS NOT NULL").param(id)
                .query(String.class).optional();
    }

    public void dropPreviousText(UUID id) {
        db.sql("UPDATE moderation_log SET previous_text = NULL WHERE id = ?").param(id).update();
    }

    /** The latest entry about the item. */
    public Optional<Entry> latestOn(String item) {
        return db.sql("SELECT " + COLUMNS + " FROM moderation_log WHERE content_ref = ? ORDER BY at DESC, id DESC LIMIT 1")
                .param(item).query(ENTRY).optional();
    }

    /** The latest action against this member on this item that they may still appeal (none appealed yet). */
    public Optional<Entry> appealableOn(String item, UUID subject) {
        return db.sql("SELECT " + COLUMNS + " FROM moderation_log l WHERE content_ref = ? AND subject_id = ?"
                        + " AND action = ANY (?) AND NOT EXISTS (SELECT 1 FROM moderation_appeal a WHERE a.log_id = l.id)"
                        + " ORDER BY at DESC LIMIT 1")
                .params(item, subject, LogAction.APPEALABLE.stream().map(Enum::name).toArray(String[]::new))
                .query(ENTRY).optional();
    }

    /**
     * The entries of the unit and every unit below it, newest first, after the entry {@code before} (keyset: the
     * next page starts where the last one ended), at most {@code limit}.
     */
    public List<Entry> of(UnitId unit, @Nullable UUID before, int limit) {
        String after = before == null ? ""
                : " AND (at, id) < (SELECT at, id FROM moderation_log WHERE id = ?)";
        JdbcClient.StatementSpec query = db.sql("SELECT " + COLUMNS + " FROM moderation_log WHERE "
                + UnitTree.IN_OR_BELOW + after + " ORDER BY at DESC, id DESC LIMIT ?").param(unit.value());
        if (before != null) {
            query = query.param(before);
        }
        return query.param(limit).query(ENTRY).list();
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
