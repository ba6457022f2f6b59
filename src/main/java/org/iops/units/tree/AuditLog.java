package org.iops.units.tree;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Who changed what in which unit, and when. Written in the transaction of the change it records. */
@Component
public class AuditLog {

    /** What happened; the audit page names each in the reader's language. */
    public enum Action {
        BRANCH_CREATED, CHAPTER_CREATED, CHAPTER_REOPENED, REGION_ADDED, CHAPTER_ADDED, CHAPTER_MOVED,
        STATUS_CHANGED, CHAPTER_FOUNDED, MERGED_INTO, MERGED_FROM, ALIAS_ADDED, ALIAS_REMOVED,
        ROLE_ASSIGNED, ROLE_ENDED, FIRST_ADMIN_CLAIMED, MEMBER_MOVED_IN, CHAPTER_HIDDEN, CHAPTER_SHOWN,
        CHAPTER_DELETED, MEMBER_SUSPENDED, MEMBER_REINSTATED, MEMBER_REMOVED, RENAMED, REGION_REMOVED
    }

    /** One line of the log. {@code actorId} is null when the platform acted by itself or the actor was forgotten. */
    public record Entry(long id, UUID unitId, String unitName, @Nullable String unitCountryCode, boolean unitIsBranch,
            Instant at, @Nullable UUID actorId,
            boolean actorForgotten, Action action, @Nullable UUID subjectMemberId, @Nullable UUID relatedUnitId,
            @Nullable String relatedUnitName, @Nullable String detail) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void record(UUID unitId, @Nullable UUID actor, Action action, @Nullable UUID subjectMember,
            @Nullable UUID relatedUnit, @Nullable String detail) {
        jdbc.sql("INSERT INTO unit_audit (unit_id, actor_id, action, subject_member_id, related_unit_id, detail, at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(unitId, actor, action.name(), subjectMember, relatedUnit, detail,
                        java.sql.Timestamp.from(clock.instant())).update();
    }

    /**
     * Which lines of a log to show: one action, lines a member did or was the subject of, lines from {@code from}
     * (inclusive) to {@code until} (exclusive). Null means any.
     */
    public record Filter(@Nullable Action action, @Nullable UUID member, @Nullable Instant from, @Nullable Instant until) {

        public static final Filter NONE = new Filter(null, null, null, null);
    }

    /** The log of the unit and every unit below it, newest first. */
    public List<Entry> of(UUID unitId, int limit, int offset) {
        return of(unitId, Filter.NONE, limit, offset);
    }

    /** The lines of the log of the unit and every unit below it that pass the filter, newest first. */
    public List<Entry> of(UUID unitId, Filter filter, int limit, int offset) {
        // the international's log is everything: no need to look at paths
        String scope = unitId.equals(Unit.INTERNATIONAL) ? "CAST(:unit AS uuid) IS NOT NULL" : "u.path @> ARRAY[CAST(:unit AS uuid)]";
        return jdbc.sql("""
                SELECT a.id, a.unit_id, u.name AS unit_name, u.country_code, u.level, a.at, a.actor_id, a.actor_forgotten, a.action,
                       a.subject_member_id, a.related_unit_id, r.name AS related_name, a.detail
                FROM unit_audit a JOIN units u ON u.id = a.unit_id LEFT JOIN units r ON r.id = a.related_unit_id
                WHERE %s
                  AND (CAST(:action AS text) IS NULL OR a.action = :action)
                  AND (CAST(:member AS uuid) IS NULL OR a.actor_id = :member OR a.subject_member_id = :member)
                  AND (CAST(:from AS timestamptz) IS NULL OR a.at >= :from)
                  AND (CAST(:until AS timestamptz) IS NULL OR a.at < :until)
                ORDER BY a.at DESC, a.id DESC LIMIT :limit OFFSET :offset""".formatted(scope))
                .param("unit", unitId)
                .param("action", filter.action() == null ? null : filter.action().name())
                .param("member", filter.member())
                .param("from", filter.from() == null ? null : java.sql.Timestamp.from(filter.from()))
                .param("until", filter.until() == null ? null : java.sql.Timestamp.from(filter.until()))
                .param("limit", limit).param("offset", offset)
                .query(AuditLog::entry)
                .list();
    }

    /**
     * The latest lines of the unit's own log (not the units below) with one of the actions, newest first, with the
     * names of the related units: for a summary of what happened there.
     */
    public List<Entry> latestOf(UUID unitId, java.util.Collection<Action> actions, int limit) {
        return jdbc.sql("""
                SELECT a.id, a.unit_id, u.name AS unit_name, u.country_code, u.level, a.at, a.actor_id, a.actor_forgotten, a.action,
                       a.subject_member_id, a.related_unit_id, r.name AS related_name, a.detail
                FROM unit_audit a JOIN units u ON u.id = a.unit_id LEFT JOIN units r ON r.id = a.related_unit_id
                WHERE a.unit_id = ? AND a.action = ANY(?)
                ORDER BY a.at DESC, a.id DESC LIMIT ?""")
                .params(unitId, actions.stream().map(Action::name).toArray(String[]::new), limit)
                .query(AuditLog::entry).list();
    }

    private static Entry entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Entry(rs.getLong("id"), rs.getObject("unit_id", UUID.class),
                rs.getString("unit_name"), rs.getString("country_code"), "BRANCH".equals(rs.getString("level")),
                rs.getTimestamp("at").toInstant(),
                rs.getObject("actor_id", UUID.class), rs.getBoolean("actor_forgotten"),
                Action.valueOf(rs.getString("action")), rs.getObject("subject_member_id", UUID.class),
                rs.getObject("related_unit_id", UUID.class), rs.getString("related_name"),
                rs.getString("detail"));
    }

    /** A deleted account leaves the log's lines but not its id. */
    void forget(UUID memberId) {
        jdbc.sql("UPDATE unit_audit SET actor_id = NULL, actor_forgotten = true WHERE actor_id = ?")
                .param(memberId).update();
        jdbc.sql("UPDATE unit_audit SET subject_member_id = NULL WHERE subject_member_id = ?").param(memberId).update();
    }
}
