package org.iops.moderation.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.iops.units.UnitId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Members suspended from posting in a unit and below it; a suspension on the international is an exclusion. */
@Repository
public class Suspensions {

    /** {@code until} null: until lifted. */
    public record Suspension(UUID id, UUID member, UnitId unit, String reason, Instant since, @Nullable Instant until,
            UUID logEntry) {

        public boolean exclusion() {
            return unit.equals(UnitId.INTERNATIONAL);
        }
    }

    private static final String COLUMNS = "id, member_id, unit_id, reason, starts_at, ends_at, log_id";
    private static final RowMapper<Suspension> ROW = (rs, row) -> new Suspension(rs.getObject("id", UUID.class),
            rs.getObject("member_id", UUID.class), new UnitId(rs.getObject("unit_id", UUID.class)), rs.getString("reason"),
            rs.getTimestamp("starts_at").toInstant(),
            rs.getTimestamp("ends_at") == null ? null : rs.getTimestamp("ends_at").toInstant(),
            rs.getObject("log_id", UUID.class));

    private final JdbcClient db;
    private final Clock clock;

    Suspensions(JdbcClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public UUID add(UUID member, UnitId unit, String reason, @Nullable Instant until, UUID logEntry) {
        UUID id = UUID.randomUUID();
        db.sql("INSERT INTO moderation_suspension (id, member_id, unit_id, reason, starts_at, ends_at, log_id)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(id, member, unit.value(), reason, Timestamp.from(clock.instant()),
                        until == null ? null : Timestamp.from(until), logEntry).update();
        return id;
    }

    public Optional<Suspension> find(UUID id) {
        return db.sql("SELECT " + COLUMNS + " FROM moderation_suspension WHERE id = ? AND lifted_at IS NULL")
                .param(id).query(ROW).optional();
    }

    public Optional<Suspension> byLogEntry(UUID logEntry) {
        return db.sql("SELECT " + COLUMNS + " FROM moderation_suspension WHERE log_id = ? AND lifted_at IS NULL")
                .param(logEntry).query(ROW).optional();
    }

    /** Lifts it now; false when it was lifted already. */
    public boolean lift(UUID id) {
        return db.sql("UPDATE moderation_suspension SET lifted_at = ? WHERE id = ? AND lifted_at IS NULL")
                .params(Timestamp.from(clock.instant()), id).update() == 1;
    }

    /**
     * The suspension in force now that stops the member posting in the unit (held there or in a unit above),
     * the longest first (until lifted before any end).
     */
    public Optional<Suspension> inForce(UUID member, UnitId unit) {
        Timestamp now = Timestamp.from(clock.instant());
        return db.sql("SELECT " + COLUMNS + " FROM moderation_suspension WHERE member_id = ? AND lifted_at IS NULL"
                        + " AND starts_at <= ? AND (ends_at IS NULL OR ends_at > ?) AND " + UnitTree.AT_OR_ABOVE
                        + " ORDER BY ends_at DESC NULLS FIRST LIMIT 1")
                .params(member, now, now, unit.value()).query(ROW).optional();
    }

    /** The suspensions in force in the unit and below it, newest first, at most {@code limit}. */
    public List<Suspension> inForceBelow(UnitId unit, int limit) {
        Timestamp now = Timestamp.from(clock.instant());
        return db.sql("SELECT " + COLUMNS + " FROM moderation_suspension WHERE lifted_at IS NULL"
                        + " AND (ends_at IS NULL OR ends_at > ?) AND " + UnitTree.IN_OR_BELOW
                        + " ORDER BY starts_at DESC LIMIT ?")
                .params(now, unit.value(), limit).query(ROW).list();
    }
}
