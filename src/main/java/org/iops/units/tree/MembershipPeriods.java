package org.iops.units.tree;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.iops.units.Memberships;
import org.iops.units.Placement;
import org.iops.units.PlacementPeriod;
import org.iops.units.Standing;
import org.iops.units.UnitId;
import org.iops.units.UnitRef;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the membership periods ({@code unit_memberships}): every answer to "who belongs where, and when" comes from
 * here, for other modules through {@link Memberships} and inside this module directly.
 */
@Service
@Transactional(readOnly = true)
public class MembershipPeriods implements Memberships {

    /** Periods in the unit or a unit below it, as the tree is now. */
    private static final String WITHIN = "u.path @> ARRAY[CAST(:unit AS uuid)]";

    /** Both by residence, in a chapter, the reader since {@code livedThereSince} or earlier. */
    private static final String RESIDENCE_MATES = """
            SELECT DISTINCT b.member_id FROM unit_memberships a
                JOIN units u ON u.id = a.unit_id AND u.level = 'CHAPTER'
                JOIN unit_memberships b ON b.unit_id = a.unit_id AND b.until IS NULL AND b.kind = 'RESIDENCE'
                    AND b.member_id = ANY(?)
            WHERE a.member_id = ? AND a.until IS NULL AND a.kind = 'RESIDENCE' AND a.since <= ?""";

    private final JdbcClient jdbc;
    private final UnitRepository units;
    private final Standings standings;
    private final UnitTreeCache tree;
    private final UnitRolls rolls;

    MembershipPeriods(JdbcClient jdbc, UnitRepository units, Standings standings, UnitTreeCache tree,
            UnitRolls rolls) {
        this.rolls = rolls;
        this.jdbc = jdbc;
        this.units = units;
        this.standings = standings;
        this.tree = tree;
    }

    @Override
    public List<UnitRef> unitsOf(UUID memberId) {
        return jdbc.sql("SELECT " + UnitRepository.COLUMNS + " FROM units u WHERE u.level <> 'INTERNATIONAL' AND u.id IN ("
                        + "SELECT unnest(c.path) FROM unit_memberships m JOIN units c ON c.id = m.unit_id "
                        + "WHERE m.member_id = :member AND m.until IS NULL AND m.kind = 'RESIDENCE' AND c.level = 'CHAPTER' "
                        + "UNION SELECT unit_id FROM unit_memberships WHERE member_id = :member AND until IS NULL) "
                        + "ORDER BY array_length(u.path, 1), lower(u.name)")
                .param("member", memberId).query(UnitRepository.UNIT).list().stream().map(Unit::ref).toList();
    }

    @Override
    public boolean belongsTo(UUID memberId, UnitId unit) {
        return belongsWithin(memberId, unit.value());
    }

    @Override
    public boolean wasMemberAt(UUID memberId, UnitId unit, Instant at) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM unit_memberships m JOIN units u ON u.id = m.unit_id "
                        + "WHERE m.member_id = :member AND " + WITHIN + " AND m.since <= :at "
                        + "AND (m.until IS NULL OR m.until > :at))")
                .param("member", memberId).param("unit", unit.value()).param("at", Timestamp.from(at))
                .query(Boolean.class).single();
    }

    @Override
    public Set<UUID> membersAt(UnitId unit, Instant at) {
        return new HashSet<>(jdbc.sql("SELECT DISTINCT m.member_id FROM unit_memberships m JOIN units u ON u.id = m.unit_id "
                        + "WHERE " + WITHIN + " AND m.since <= :at AND (m.until IS NULL OR m.until > :at)")
                .param("unit", unit.value()).param("at", Timestamp.from(at)).query(UUID.class).list());
    }

    @Override
    public java.util.Map<UUID, java.util.Optional<UnitId>> residenceChaptersAt(UnitId unit, Instant at) {
        java.util.Map<UUID, java.util.Optional<UnitId>> chapters = new java.util.HashMap<>();
        jdbc.sql("SELECT m.member_id, CASE WHEN m.kind = 'RESIDENCE' AND u.level = 'CHAPTER' THEN u.id END "
                        + "FROM unit_memberships m JOIN units u ON u.id = m.unit_id "
                        + "WHERE " + WITHIN + " AND m.since <= :at AND (m.until IS NULL OR m.until > :at)")
                .param("unit", unit.value()).param("at", Timestamp.from(at))
                .query(rs -> {
                    UUID member = rs.getObject(1, UUID.class);
                    UUID chapter = rs.getObject(2, UUID.class);
                    if (chapter != null || !chapters.containsKey(member)) {
                        chapters.put(member, java.util.Optional.ofNullable(chapter).map(UnitId::new));
                    }
                });
        return chapters;
    }

    /**
     * The members of a unit now, in no particular order: one indexed query, however large the chapter (a page reads
     * it from the unit's kept roll).
     */
    public List<UUID> memberIds(UUID unitId) {
        if (org.iops.web.PageReads.inProgress()) {
            return rolls.of(unitId).members();
        }
        return jdbc.sql("SELECT member_id FROM unit_memberships WHERE unit_id = ? AND until IS NULL")
                .param(unitId).query(UUID.class).list();
    }

    /** The members of the unit and of every unit below it now: whom its admins administer there. */
    public List<UUID> memberIdsWithin(UUID unitId) {
        if (unitId.equals(Unit.INTERNATIONAL)) {
            return jdbc.sql("SELECT DISTINCT member_id FROM unit_memberships WHERE until IS NULL").query(UUID.class).list();
        }
        return jdbc.sql("SELECT DISTINCT m.member_id FROM unit_memberships m JOIN units u ON u.id = m.unit_id "
                        + "WHERE m.until IS NULL AND u.path @> ARRAY[?]::uuid[]")
                .param(unitId).query(UUID.class).list();
    }

    /** Whether the member belongs now to the unit or to a unit below it. */
    public boolean belongsWithin(UUID memberId, UUID unitId) {
        // a page (read-only) asking about its reader: the standing it loaded lists their units; the tree, their paths
        Standing kept = org.iops.web.PageReads.inProgress()
                ? standings.keptByRequest(memberId) : null;
        if (kept != null) {
            UnitTreeCache.Snapshot units = tree.snapshot();
            return kept.memberships().stream().map(m -> units.byId().get(m.unit().value()))
                    .anyMatch(u -> u != null && u.path().contains(unitId));
        }
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM unit_memberships m JOIN units u ON u.id = m.unit_id "
                        + "WHERE m.member_id = ? AND m.until IS NULL AND u.path @> ARRAY[?]::uuid[])")
                .params(memberId, unitId).query(Boolean.class).single();
    }

    /**
     * Whether the member holds a current membership of exactly this unit: lives in this chapter or branch, or joined
     * this chapter by choice.
     */
    public boolean holdsMembershipOf(UUID memberId, UUID unitId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM unit_memberships WHERE member_id = ? AND unit_id = ? AND until IS NULL)")
                .params(memberId, unitId).query(Boolean.class).single();
    }

    /** A member's residence chapters, the current one first: where they lived and from when to when. */
    public record PastPlacement(UUID chapterId, String chapterName, Instant since, @Nullable Instant until) {
    }

    public List<PastPlacement> residenceHistory(UUID memberId) {
        return jdbc.sql("SELECT u.id, u.name, m.since, m.until FROM unit_memberships m JOIN units u ON u.id = m.unit_id "
                        + "WHERE m.member_id = ? AND m.kind = 'RESIDENCE' AND u.level = 'CHAPTER' "
                        + "ORDER BY m.until DESC NULLS FIRST, m.since DESC")
                .param(memberId)
                .query((rs, n) -> new PastPlacement(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getTimestamp(3).toInstant(), rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant()))
                .list();
    }

    /** The member's residence periods, oldest first, for the data export. */
    public List<PlacementPeriod> placementHistoryOf(UUID memberId) {
        return jdbc.sql("SELECT m.unit_id, m.since, m.until FROM unit_memberships m JOIN units u ON u.id = m.unit_id "
                        + "WHERE m.member_id = ? AND m.kind = 'RESIDENCE' AND u.level = 'CHAPTER' "
                        + "ORDER BY m.since, m.until NULLS LAST")
                .param(memberId)
                .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant()})
                .list().stream()
                .map(row -> {
                    Unit chapter = units.get((UUID) row[0]);
                    Placement placement = new Placement(units.get(chapter.branchId()).ref(), chapter.ref());
                    return new PlacementPeriod(placement, (Instant) row[1], (Instant) row[2]);
                })
                .toList();
    }

    /** Of {@code members}, those who have lived in {@code reader}'s residence chapter since {@code livedThereSince}. */
    public Set<UUID> chapterMatesAmong(UUID reader, Collection<UUID> members, Instant livedThereSince) {
        if (members.isEmpty()) {
            return Set.of();
        }
        // a page asking about its reader: their chapters from the standing it loaded, the residents from kept rolls
        Standing kept = org.iops.web.PageReads.inProgress() ? standings.keptByRequest(reader) : null;
        if (kept != null) {
            return rolls.residenceMatesAmong(kept, members, livedThereSince, tree.snapshot());
        }
        return new HashSet<>(jdbc.sql(RESIDENCE_MATES)
                .params(members.stream().distinct().toArray(UUID[]::new), reader, Timestamp.from(livedThereSince))
                .query(UUID.class).list());
    }

    /** The match keys of the locality chapters at or below the unit, with their other names: where a residence lands. */
    public Set<String> localityKeysBelow(UUID unitId) {
        return new HashSet<>(jdbc.sql("""
                SELECT u.match_key FROM units u WHERE u.path @> ARRAY[CAST(:unit AS uuid)] AND u.level = 'CHAPTER'
                    AND u.chapter_kind = 'LOCALITY' AND u.match_key IS NOT NULL
                UNION SELECT a.match_key FROM unit_aliases a JOIN units u ON u.id = a.chapter_id
                    WHERE u.path @> ARRAY[CAST(:unit AS uuid)]""")
                .param("unit", unitId).query(String.class).list());
    }
}
