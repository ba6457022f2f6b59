package org.iops.units.tree;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.iops.shared.Countries;
import org.iops.shared.Text;
import org.iops.units.ChapterAppeared;
import org.iops.units.ChapterKind;
import org.iops.units.InvalidResidenceException;
import org.iops.units.MemberPlaced;
import org.iops.units.Placement;
import org.iops.units.Residence;
import org.iops.units.TooManyMovesException;
import org.iops.units.UnitAdded;
import org.iops.units.UnitDirectory;
import org.iops.units.UnitId;
import org.iops.units.UnitLevel;
import org.iops.units.UnitStatus;
import org.iops.units.UnitStatusChanged;
import org.iops.units.UnknownCountryException;
import org.iops.units.tree.AuditLog.Action;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Places members by residence. Every placement is safe against a concurrent one: branches and locality chapters
 * are created with {@code INSERT ... ON CONFLICT DO NOTHING} against unique indexes, and a member's placement row
 * is locked while they are moved. Publishes {@link UnitAdded} for a new branch or chapter, {@link UnitStatusChanged}
 * for an archived chapter that reopens and {@link MemberPlaced} for each placement that changes where someone lives.
 */
@Service
@Transactional
class Placements {

    private final JdbcClient jdbc;
    private final UnitRepository units;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final OtherNames otherNames;

    Placements(JdbcClient jdbc, UnitRepository units, AuditLog audit, Clock clock, ApplicationEventPublisher events,
            OtherNames otherNames) {
        this.otherNames = otherNames;
        this.jdbc = jdbc;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    Residence check(Residence residence) {
        return new Residence(UnknownCountryException.requireKnown(residence.countryCode()), validLocality(residence.locality()),
                residence.neighbourhood());
    }

    Placement place(UUID memberId, Residence residence) {
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
            events.publishEvent(new UnitAdded(new UnitId(branch.id()), new UnitId(Unit.INTERNATIONAL), UnitLevel.BRANCH, null));
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
                events.publishEvent(new UnitStatusChanged(new UnitId(chapter.id()), UnitStatus.ARCHIVED,
                        UnitStatus.PROVISIONAL, null));
            }
            return chapter;
        }
        boolean created = units.insertLocalityChapter(branch, chapterName(locality), key);
        Unit chapter = units.localityChapter(branch.id(), key).orElseThrow();
        if (created) {
            audit.record(chapter.id(), null, Action.CHAPTER_CREATED, memberId, null, null);
            events.publishEvent(new UnitAdded(new UnitId(chapter.id()), new UnitId(branch.id()), UnitLevel.CHAPTER,
                    ChapterKind.LOCALITY));
            // the admins above hear of it once the placement commits (Spring Modulith's event publication); the
            // branch is new when this is its first chapter
            boolean newBranch = units.chaptersBelow(branch.id()).size() == 1;
            events.publishEvent(new ChapterAppeared(new UnitId(chapter.id()), new UnitId(branch.id()), newBranch));
        }
        return chapter;
    }

    private Optional<Unit> aliasChapter(UUID branchId, String key) {
        return otherNames.chapterCalled(branchId, key)
                .flatMap(units::find)
                .flatMap(chapter -> chapter.mergedInto() == null ? Optional.of(chapter) : units.find(chapter.mergedInto()));
    }

    @Transactional(readOnly = true)
    List<String> chapterNames(String countryCode) {
        return jdbc.sql("SELECT u.name FROM units u JOIN units b ON b.id = u.branch_id AND b.level = 'BRANCH' "
                        + "WHERE b.country_code = ? AND u.level = 'CHAPTER' AND u.chapter_kind = 'LOCALITY' "
                        + "AND u.status NOT IN ('MERGED', 'ARCHIVED') "
                        // only chapters shown publicly (Unit.isPublic): a hidden one's name is for its members and admins
                        + "AND NOT u.hidden AND (u.status <> 'PROVISIONAL' OR u.member_count > 0) "
                        + "ORDER BY lower(u.name) LIMIT 2000")
                .param(countryCode == null ? "" : countryCode.strip().toUpperCase(java.util.Locale.ROOT))
                .query(String.class).list();
    }

    @Transactional(readOnly = true)
    List<String> nearChapters(Residence residence) {
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
        events.publishEvent(new MemberPlaced(memberId, new UnitId(branch.id()), new UnitId(chapter.id()),
                currentChapter == null ? null : new UnitId(currentChapter)));
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
        if (moves.size() >= UnitDirectory.MOVES_PER_WEEK) {
            throw new TooManyMovesException(moves.get(moves.size() - UnitDirectory.MOVES_PER_WEEK).plus(Duration.ofDays(7)));
        }
    }

}
