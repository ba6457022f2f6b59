package org.iops.units.tree;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.iops.shared.Countries;
import org.iops.shared.Text;
import org.iops.units.ChapterAppeared;
import org.iops.units.InvalidResidenceException;
import org.iops.units.MemberModeration;
import org.iops.units.OrganizationFigures;
import org.iops.units.Placement;
import org.iops.units.PlacementPeriod;
import org.iops.units.Residence;
import org.iops.units.TooManyMovesException;
import org.iops.units.UnitDirectory;
import org.iops.units.UnitId;
import org.iops.units.UnitRef;
import org.iops.units.UnitStatus;
import org.iops.units.UnknownCountryException;
import org.iops.units.tree.AuditLog.Action;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Places members by residence and keeps their memberships. Every placement is safe against a concurrent one:
 * branches and locality chapters are created with {@code INSERT ... ON CONFLICT DO NOTHING} against unique
 * indexes, and a member's placement row is locked while they are moved.
 */
@Service
@Transactional
public class UnitDirectoryService implements UnitDirectory {

    private final JdbcClient jdbc;
    private final UnitRepository units;
    private final AuditLog audit;
    private final Clock clock;
    private final Figures figures;
    private final org.springframework.context.ApplicationEventPublisher events;

    UnitDirectoryService(JdbcClient jdbc, UnitRepository units, AuditLog audit, Clock clock, Figures figures,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
        this.figures = figures;
    }

    @Override
    public Residence check(Residence residence) {
        return new Residence(UnknownCountryException.requireKnown(residence.countryCode()), validLocality(residence.locality()),
                residence.neighbourhood());
    }

    @Override
    public Placement place(UUID memberId, Residence residence) {
        String country = UnknownCountryException.requireKnown(residence.countryCode());
        String locality = validLocality(residence.locality());
        Unit branch = branchOf(country);
        Unit chapter = localityChapter(branch, locality, memberId);
        moveResidence(memberId, branch, chapter);
        return new Placement(branch.ref(), units.get(chapter.id()).ref());
    }

    private static String validLocality(@Nullable String typed) {
        String locality = Text.clean(typed);
        if (locality == null || Text.matchKey(locality).isEmpty()) {
            throw new InvalidResidenceException("locality", "The locality is empty");
        }
        if (locality.length() > InvalidResidenceException.MAX_LOCALITY_LENGTH || locality.contains("\n")) {
            throw new InvalidResidenceException("locality", "The locality is too long");
        }
        return locality;
    }

    private Unit branchOf(String country) {
        Optional<Unit> existing = units.branch(country);
        if (existing.isPresent()) {
            return existing.get();
        }
        boolean created = units.insertBranch(country, Countries.englishName(country));
        Unit branch = units.branch(country).orElseThrow();
        if (created) {
            audit.record(branch.id(), null, Action.BRANCH_CREATED, null, null, null);
        }
        return branch;
    }

    private Unit localityChapter(Unit branch, String locality, UUID memberId) {
        String key = Text.matchKey(locality);
        Optional<Unit> existing = units.localityChapter(branch.id(), key).or(() -> aliasChapter(branch.id(), key));
        if (existing.isPresent()) {
            Unit chapter = existing.get();
            if (chapter.status() == UnitStatus.ARCHIVED) {
                // someone lives there again: the chapter reopens rather than a second one for the same place
                units.setStatus(chapter.id(), UnitStatus.PROVISIONAL, null);
                audit.record(chapter.id(), null, Action.CHAPTER_REOPENED, memberId, null, null);
            }
            return chapter;
        }
        boolean created = units.insertLocalityChapter(branch, chapterName(locality), key);
        Unit chapter = units.localityChapter(branch.id(), key).orElseThrow();
        if (created) {
            audit.record(chapter.id(), null, Action.CHAPTER_CREATED, memberId, null, null);
            // the admins above hear of it once the placement commits (Spring Modulith's event publication); the
            // branch is new when this is its first chapter
            boolean newBranch = units.chaptersBelow(branch.id()).size() == 1;
            events.publishEvent(new ChapterAppeared(new UnitId(chapter.id()), new UnitId(branch.id()), newBranch));
        }
        return chapter;
    }

    private Optional<Unit> aliasChapter(UUID branchId, String key) {
        return jdbc.sql("SELECT chapter_id FROM unit_aliases WHERE branch_id = ? AND match_key = ?")
                .params(branchId, key).query(UUID.class).optional()
                .flatMap(units::find)
                .flatMap(chapter -> chapter.mergedInto() == null ? Optional.of(chapter) : units.find(chapter.mergedInto()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> chapterNames(String countryCode) {
        return jdbc.sql("SELECT u.name FROM units u JOIN units b ON b.id = u.branch_id AND b.level = 'BRANCH' "
                        + "WHERE b.country_code = ? AND u.level = 'CHAPTER' AND u.chapter_kind = 'LOCALITY' "
                        + "AND u.status NOT IN ('MERGED', 'ARCHIVED') ORDER BY lower(u.name) LIMIT 2000")
                .param(countryCode == null ? "" : countryCode.strip().toUpperCase(java.util.Locale.ROOT))
                .query(String.class).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> nearChapters(Residence residence) {
        String locality = Text.clean(residence.locality());
        Optional<Unit> branch = residence.countryCode() == null ? Optional.empty()
                : units.branch(residence.countryCode().strip().toUpperCase(java.util.Locale.ROOT));
        if (locality == null || branch.isEmpty()) {
            return List.of();
        }
        String key = Text.matchKey(locality);
        if (units.localityChapter(branch.get().id(), key).isPresent() || aliasChapter(branch.get().id(), key).isPresent()) {
            return List.of();
        }
        return NearNames.near(locality, chapterNames(branch.get().countryCode()), name -> name).stream().limit(3).toList();
    }

    /** "new york" typed in lower case becomes "New York"; anything with a capital letter is kept as typed. */
    static String chapterName(String locality) {
        if (!locality.equals(locality.toLowerCase(java.util.Locale.ROOT))) {
            return locality;
        }
        StringBuilder name = new StringBuilder(locality.length());
        boolean startOfWord = true;
        for (int i = 0; i < locality.length(); ) {
            int c = locality.codePointAt(i);
            name.appendCodePoint(startOfWord ? Character.toTitleCase(c) : c);
            startOfWord = Character.isWhitespace(c) || c == '-';
            i += Character.charCount(c);
        }
        return name.toString();
    }

    /**
     * Residence memberships start and end at the application clock's time: the chapter-mate waiting period and the
     * move limit are measured from them.
     */
    private void moveResidence(UUID memberId, Unit branch, Unit chapter) {
        jdbc.sql("INSERT INTO member_placements (member_id) VALUES (?) ON CONFLICT DO NOTHING").param(memberId).update();
        UUID currentChapter = jdbc.sql("SELECT chapter_id FROM member_placements WHERE member_id = ? FOR UPDATE")
                .param(memberId).query((rs, n) -> Optional.ofNullable(rs.getObject(1, UUID.class))).single().orElse(null);
        if (chapter.id().equals(currentChapter)) {
            return;
        }
        Timestamp now = Timestamp.from(clock.instant());
        Map<UUID, Integer> deltas = new HashMap<>();
        if (currentChapter != null) {
            // checked under the placement row's lock, so fifteen moves sent at once are counted one after another
            requireMoveAllowed(memberId);
            units.find(currentChapter).ifPresent(old -> old.path().forEach(id -> deltas.merge(id, -1, Integer::sum)));
            jdbc.sql("UPDATE unit_memberships SET until = greatest(?, since) WHERE member_id = ? AND kind = 'RESIDENCE' "
                            + "AND until IS NULL")
                    .params(now, memberId).update();
        }
        for (UUID unit : List.of(branch.id(), chapter.id())) {
            jdbc.sql("INSERT INTO unit_memberships (id, member_id, unit_id, kind, since) VALUES (?, ?, ?, 'RESIDENCE', ?)")
                    .params(UUID.randomUUID(), memberId, unit, now).update();
        }
        chapter.path().forEach(id -> deltas.merge(id, 1, Integer::sum));
        units.adjustCounts(deltas);
        jdbc.sql("UPDATE member_placements SET branch_id = ?, chapter_id = ?, placed_at = ? WHERE member_id = ?")
                .params(branch.id(), chapter.id(), now, memberId).update();
        if (currentChapter != null) {
            audit.record(chapter.id(), memberId, Action.MEMBER_MOVED_IN, memberId, null, null);
        }
    }

    /** Moves are the residence chapters entered after the first placement; at most a few in any seven days. */
    private void requireMoveAllowed(UUID memberId) {
        Instant now = clock.instant();
        Instant windowStart = now.minus(Duration.ofDays(7));
        List<Instant> moves = jdbc.sql("""
                SELECT since FROM (SELECT m.since, row_number() OVER (ORDER BY m.since, m.id) AS n
                    FROM unit_memberships m JOIN units u ON u.id = m.unit_id AND u.level = 'CHAPTER'
                    WHERE m.member_id = ? AND m.kind = 'RESIDENCE') entered
                WHERE n > 1 AND since > ? ORDER BY since""")
                .params(memberId, Timestamp.from(windowStart))
                .query((rs, n) -> rs.getTimestamp(1).toInstant()).list();
        if (moves.size() >= MOVES_PER_WEEK) {
            throw new TooManyMovesException(moves.get(moves.size() - MOVES_PER_WEEK).plus(Duration.ofDays(7)));
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Placement> placementOf(UUID memberId) {
        return jdbc.sql("SELECT branch_id, chapter_id FROM member_placements WHERE member_id = ? AND chapter_id IS NOT NULL")
                .param(memberId)
                .query((rs, n) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)})
                .optional()
                .map(ids -> new Placement(units.get(ids[0]).ref(), units.get(ids[1]).ref()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<UnitRef> membershipsOf(UUID memberId) {
        return jdbc.sql("SELECT " + UnitRepository.COLUMNS + " FROM unit_memberships m JOIN units u ON u.id = m.unit_id "
                        + "WHERE m.member_id = ? AND m.until IS NULL ORDER BY array_length(u.path, 1), lower(u.name)")
                .param(memberId).query(UnitRepository.UNIT).list().stream().map(Unit::ref).toList();
    }

    /** A member's residence chapters, the current one first: where they lived and from when to when. */
    public record PastPlacement(UUID chapterId, String chapterName, Instant since, @Nullable Instant until) {
    }

    @Transactional(readOnly = true)
    public List<PastPlacement> residenceHistory(UUID memberId) {
        return jdbc.sql("SELECT u.id, u.name, m.since, m.until FROM unit_memberships m JOIN units u ON u.id = m.unit_id "
                        + "WHERE m.member_id = ? AND m.kind = 'RESIDENCE' AND u.level = 'CHAPTER' "
                        + "ORDER BY m.until DESC NULLS FIRST, m.since DESC")
                .param(memberId)
                .query((rs, n) -> new PastPlacement(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getTimestamp(3).toInstant(), rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant()))
                .list();
    }

    /** Both by residence, in a chapter, the reader since {@code livedThereSince} or earlier. */
    private static final String RESIDENCE_MATES = """
            SELECT DISTINCT b.member_id FROM unit_memberships a
                JOIN units u ON u.id = a.unit_id AND u.level = 'CHAPTER'
                JOIN unit_memberships b ON b.unit_id = a.unit_id AND b.until IS NULL AND b.kind = 'RESIDENCE'
                    AND b.member_id = ANY(?)
            WHERE a.member_id = ? AND a.until IS NULL AND a.kind = 'RESIDENCE' AND a.since <= ?""";

    @Override
    @Transactional(readOnly = true)
    public boolean shareAChapter(UUID reader, UUID member, Instant livedThereSince) {
        return !chapterMatesAmong(reader, List.of(member), livedThereSince).isEmpty();
    }

    @Override
    @Transactional(readOnly = true)
    public Set<UUID> chapterMatesAmong(UUID reader, Collection<UUID> members, Instant livedThereSince) {
        if (members.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql(RESIDENCE_MATES)
                .params(members.stream().distinct().toArray(UUID[]::new), reader, Timestamp.from(livedThereSince))
                .query(UUID.class).list());
    }

    @Override
    @Transactional(readOnly = true)
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

    /** The members of a unit now, in no particular order: one indexed query, however large the chapter. */
    @Transactional(readOnly = true)
    public List<UUID> memberIds(UUID unitId) {
        return jdbc.sql("SELECT member_id FROM unit_memberships WHERE unit_id = ? AND until IS NULL")
                .param(unitId).query(UUID.class).list();
    }

    /** The members of the unit and of every unit below it now: whom its admins administer there. */
    @Transactional(readOnly = true)
    public List<UUID> memberIdsWithin(UUID unitId) {
        if (unitId.equals(Unit.INTERNATIONAL)) {
            return jdbc.sql("SELECT DISTINCT member_id FROM unit_memberships WHERE until IS NULL").query(UUID.class).list();
        }
        return jdbc.sql("SELECT DISTINCT m.member_id FROM unit_memberships m JOIN units u ON u.id = m.unit_id "
                        + "WHERE m.until IS NULL AND u.path @> ARRAY[?]::uuid[]")
                .param(unitId).query(UUID.class).list();
    }

    /** Whether the member belongs now to the unit or to a unit below it. */
    @Transactional(readOnly = true)
    public boolean belongsWithin(UUID memberId, UUID unitId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM unit_memberships m JOIN units u ON u.id = m.unit_id "
                        + "WHERE m.member_id = ? AND m.until IS NULL AND u.path @> ARRAY[?]::uuid[])")
                .params(memberId, unitId).query(Boolean.class).single();
    }

    /** The match keys of the locality chapters at or below the unit, with their other names: where a residence lands. */
    @Transactional(readOnly = true)
    public Set<String> localityKeysBelow(UUID unitId) {
        return new HashSet<>(jdbc.sql("""
                SELECT u.match_key FROM units u WHERE u.path @> ARRAY[CAST(:unit AS uuid)] AND u.level = 'CHAPTER'
                    AND u.chapter_kind = 'LOCALITY' AND u.match_key IS NOT NULL
                UNION SELECT a.match_key FROM unit_aliases a JOIN units u ON u.id = a.chapter_id
                    WHERE u.path @> ARRAY[CAST(:unit AS uuid)]""")
                .param("unit", unitId).query(String.class).list());
    }

    @Transactional(readOnly = true)
    public boolean belongsTo(UUID memberId, UUID unitId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM unit_memberships WHERE member_id = ? AND unit_id = ? AND until IS NULL)")
                .params(memberId, unitId).query(Boolean.class).single();
    }

    @Override
    public void recordModeration(UUID actor, UUID member, MemberModeration action) {
        UUID unit = placementOf(member).map(p -> p.branch().id().value()).orElse(Unit.INTERNATIONAL);
        audit.record(unit, actor, Action.valueOf("MEMBER_" + action.name()), member, null, null);
    }

    @Override
    public void forget(UUID memberId) {
        Map<UUID, Integer> deltas = new HashMap<>();
        jdbc.sql("SELECT u.path, m.kind FROM unit_memberships m JOIN units u ON u.id = m.unit_id "
                        + "WHERE m.member_id = ? AND m.until IS NULL AND u.level = 'CHAPTER'")
                .param(memberId)
                .query((rs, n) -> {
                    UUID[] path = (UUID[]) rs.getArray(1).getArray();
                    if ("RESIDENCE".equals(rs.getString(2))) {
                        for (UUID id : path) {
                            deltas.merge(id, -1, Integer::sum);
                        }
                    } else {
                        deltas.merge(path[path.length - 1], -1, Integer::sum);
                    }
                    return path;
                }).list();
        units.adjustCounts(deltas);
        jdbc.sql("DELETE FROM unit_memberships WHERE member_id = ?").param(memberId).update();
        jdbc.sql("DELETE FROM member_placements WHERE member_id = ?").param(memberId).update();
        jdbc.sql("DELETE FROM unit_roles WHERE member_id = ?").param(memberId).update();
        jdbc.sql("UPDATE unit_roles SET granted_by = NULL WHERE granted_by = ?").param(memberId).update();
        jdbc.sql("UPDATE unit_roles SET ended_by = NULL WHERE ended_by = ?").param(memberId).update();
        audit.forget(memberId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UnitRef> find(UnitId id) {
        return units.find(id.value()).map(Unit::ref);
    }

    @Override
    @Transactional(readOnly = true)
    public OrganizationFigures figures() {
        return figures.organization();
    }

    @Override
    public void recountMembers() {
        units.recountAll();
    }
}
