package org.iops.units.tree;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.iops.shared.ForbiddenException;
import org.iops.shared.NotFoundException;
import org.iops.units.UnitActions;
import org.iops.units.Role;
import org.iops.units.RoleAssigned;
import org.iops.units.RoleEnded;
import org.iops.units.RoleTerm;
import org.iops.units.UnitId;
import org.iops.units.tree.AuditLog.Action;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Roles held in a unit for a term: giving and ending them, and the lists of holders. Who may do what because of
 * them is {@link org.iops.units.Permissions}' business; giving and ending a role takes
 * {@link org.iops.units.UnitActions#ADMINISTER} in the unit.
 */
@Service
@Transactional
public class RoleBook {

    /** A current term: started, and not yet ended. */
    // terms are current by the application clock (bound twice: start, end), never by the database's now()
    private static final String CURRENT = "r.starts_at <= ? AND (r.ends_at IS NULL OR r.ends_at > ?)";

    /** A role held or to be held: for the role pages. */
    public record Term(UUID id, UUID unitId, UUID memberId, Role role, Instant startsAt, @Nullable Instant endsAt,
            @Nullable UUID grantedBy) {

        public boolean isCurrent(Instant now) {
            return !startsAt.isAfter(now) && (endsAt == null || endsAt.isAfter(now));
        }
    }

    /** Reads {@code id, unit_id, member_id, role, starts_at, ends_at, granted_by}. */
    private static final org.springframework.jdbc.core.RowMapper<Term> TERM = (rs, n) -> new Term(
            rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
            Role.valueOf(rs.getString(4)), rs.getTimestamp(5).toInstant(),
            rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant(), rs.getObject(7, UUID.class));

    private final JdbcClient jdbc;
    private final UnitRepository units;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Standings standings;
    private final Grants grants;
    private final com.github.benmanes.caffeine.cache.Cache<UUID, KeptTerms> keptTerms =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(50_000)
                    .expireAfterWrite(java.time.Duration.ofMinutes(5)).build();

    RoleBook(JdbcClient jdbc, UnitRepository units, AuditLog audit, ApplicationEventPublisher events, Clock clock,
            Standings standings, Grants grants) {
        this.standings = standings;
        this.grants = grants;
        this.jdbc = jdbc;
        this.units = units;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the international has any admin yet. */
    @Transactional(readOnly = true)
    public boolean internationalHasAdmin() {
        return !currentHolders(Unit.INTERNATIONAL, Role.ADMIN).isEmpty();
    }

    /** Makes the member the first international admin unless it has one: see {@link org.iops.units.Permissions}. */
    public boolean claimFirstInternationalAdmin(UUID memberId) {
        // the international's row is the lock: two claims at once are served one after the other
        units.lockOne(Unit.INTERNATIONAL);
        // read under the lock, so a claim committed just before is seen
        boolean claimed = jdbc.sql("SELECT EXISTS (SELECT 1 FROM unit_roles WHERE unit_id = ? AND role = 'ADMIN' "
                        + "AND (ends_at IS NULL OR ends_at > ?))")
                .params(Unit.INTERNATIONAL, now()).query(Boolean.class).single();
        if (claimed) {
            return false;
        }
        insert(Unit.INTERNATIONAL, memberId, Role.ADMIN, null, null, null);
        audit.record(Unit.INTERNATIONAL, memberId, Action.FIRST_ADMIN_CLAIMED, memberId, null, Role.ADMIN.name());
        return true;
    }

    /** The roles the member holds or held, for their data export. */
    @Transactional(readOnly = true)
    public List<RoleTerm> rolesOf(UUID memberId) {
        return jdbc.sql("SELECT r.role, r.starts_at, r.ends_at, " + UnitRepository.COLUMNS
                        + " FROM unit_roles r JOIN units u ON u.id = r.unit_id WHERE r.member_id = ? ORDER BY r.starts_at")
                .param(memberId)
                .query((rs, n) -> new RoleTerm(Role.valueOf(rs.getString("role")), UnitRepository.UNIT.mapRow(rs, n).ref(),
                        rs.getTimestamp("starts_at").toInstant().atZone(ZoneOffset.UTC).toLocalDate(),
                        rs.getTimestamp("ends_at") == null ? null
                                : rs.getTimestamp("ends_at").toInstant().minusNanos(1).atZone(ZoneOffset.UTC).toLocalDate()))
                .list();
    }

    /**
     * Members holding the role in this very unit now (not inherited), by id. Pages read them from the unit's terms
     * kept in memory until a role or membership changes ({@link Standings#generation}); a change being written
     * reads the table.
     */
    @Transactional(readOnly = true)
    public List<UUID> currentHolders(UUID unitId, Role role) {
        if (!org.iops.web.PageReads.inProgress()) {
            return jdbc.sql("SELECT DISTINCT r.member_id FROM unit_roles r WHERE r.unit_id = ? AND r.role = ? AND "
                            + CURRENT + " ORDER BY r.member_id")
                    .params(unitId, role.name(), now(), now()).query(UUID.class).list();
        }
        long generation = standings.generation();
        KeptTerms kept = keptTerms.getIfPresent(unitId);
        if (kept == null || kept.generation() != generation) {
            kept = new KeptTerms(generation, termsIn(unitId));
            keptTerms.put(unitId, kept);
        }
        Instant now = clock.instant();
        return kept.terms().stream().filter(t -> t.role().equals(role) && t.isCurrent(now)).map(Term::memberId)
                .distinct().sorted().toList();
    }

    private record KeptTerms(long generation, List<Term> terms) {
    }

    /** Current and future terms in this unit, by role and start. */
    @Transactional(readOnly = true)
    public List<Term> termsIn(UUID unitId) {
        return jdbc.sql("SELECT id, unit_id, member_id, role, starts_at, ends_at, granted_by FROM unit_roles "
                        + "WHERE unit_id = ? AND (ends_at IS NULL OR ends_at > ?) ORDER BY role, starts_at")
                .params(unitId, now())
                .query(TERM)
                .list();
    }

    /** The member's current and future terms, in any unit, by start. */
    @Transactional(readOnly = true)
    public List<Term> termsOf(UUID memberId) {
        return jdbc.sql("SELECT id, unit_id, member_id, role, starts_at, ends_at, granted_by FROM unit_roles "
                        + "WHERE member_id = ? AND (ends_at IS NULL OR ends_at > ?) ORDER BY starts_at, role")
                .params(memberId, now())
                .query(TERM)
                .list();
    }

    /**
     * Gives the member a role in the unit for a term from {@code start} (today if null) to the end of {@code end}
     * (open if null). Only an admin of the unit or a unit above it may.
     */
    public UUID assign(UUID actor, UUID unitId, UUID memberId, Role role, @Nullable LocalDate start,
            @Nullable LocalDate end) {
        Unit unit = units.lockOne(unitId);
        requireAdmin(actor, unit);
        if (!unit.isLive()) {
            throw new UnitRuleException("member", "units.error.unitClosed");
        }
        if (!grants.declares(role)) {
            throw new UnitRuleException("role", "units.error.invalidValue");
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        if (start != null && (start.isBefore(today.minusYears(10)) || start.isAfter(today.plusYears(5)))) {
            throw new UnitRuleException("start", "units.error.startOutOfRange");
        }
        if (end != null && (end.isBefore(start == null ? today : start) || end.isAfter(today.plusYears(20)))) {
            throw new UnitRuleException("end", "units.error.endBeforeStart");
        }
        Instant startsAt = start == null || start.equals(today) ? now
                : start.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant endsAt = end == null ? null : end.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        boolean overlaps = jdbc.sql("SELECT EXISTS (SELECT 1 FROM unit_roles WHERE unit_id = ? AND member_id = ? "
                        + "AND role = ? AND (ends_at IS NULL OR ends_at > ?) AND (CAST(? AS timestamptz) IS NULL OR starts_at < ?))")
                .params(unitId, memberId, role.name(), java.sql.Timestamp.from(startsAt),
                        endsAt == null ? null : java.sql.Timestamp.from(endsAt),
                        java.sql.Timestamp.from(endsAt == null ? startsAt : endsAt))
                .query(Boolean.class).single();
        if (overlaps) {
            throw new UnitRuleException("member", "units.error.alreadyHolds");
        }
        UUID id = insert(unitId, memberId, role, startsAt, endsAt, actor);
        audit.record(unitId, actor, Action.ROLE_ASSIGNED, memberId, null, role.name());
        events.publishEvent(new RoleAssigned(memberId, new UnitId(unitId), role, startsAt, endsAt));
        return id;
    }

    /** Ends a current or future term now. Only an admin of the unit or above may; the last international admin stays. */
    public void end(UUID actor, UUID unitId, UUID termId) {
        requireAdmin(actor, units.lockOne(unitId));
        Term term = termsIn(unitId).stream().filter(t -> t.id().equals(termId)).findFirst()
                .orElseThrow(() -> new NotFoundException("role"));
        if (term.role().equals(Role.ADMIN) && unitId.equals(Unit.INTERNATIONAL) && term.isCurrent(clock.instant())
                && currentHolders(Unit.INTERNATIONAL, Role.ADMIN).size() <= 1) {
            throw new UnitRuleException("role", "units.error.lastInternationalAdmin");
        }
        jdbc.sql("UPDATE unit_roles SET ends_at = greatest(?, starts_at), ended_by = ?, end_announced_at = ? "
                        + "WHERE id = ?")
                .params(now(), actor, now(), termId).update();
        audit.record(unitId, actor, Action.ROLE_ENDED, term.memberId(), null, term.role().name());
        events.publishEvent(new RoleEnded(term.memberId(), new UnitId(unitId), term.role(), false));
    }

    /**
     * Tells each holder whose term is over (by its end date, or ended by a merge) that it ended: once per term,
     * on one node (rows are claimed with {@code SKIP LOCKED}). Run every ten minutes by the db-scheduler task in
     * {@link TermSchedule}. Returns how many were announced.
     */
    public int announceEndedTerms() {
        Timestamp now = Timestamp.from(clock.instant());
        List<UUID> ids = new java.util.ArrayList<>();
        List<RoleEnded> ended = jdbc.sql("""
                SELECT id, member_id, unit_id, role, ended_by FROM unit_roles
                WHERE end_announced_at IS NULL AND ends_at IS NOT NULL AND ends_at <= ?
                ORDER BY ends_at LIMIT 500 FOR UPDATE SKIP LOCKED""")
                .param(now)
                .query((rs, n) -> {
                    ids.add(rs.getObject(1, UUID.class));
                    return new RoleEnded(rs.getObject(2, UUID.class), new UnitId(rs.getObject(3, UUID.class)),
                            Role.valueOf(rs.getString(4)), rs.getObject(5) == null);
                }).list();
        if (!ids.isEmpty()) {
            jdbc.sql("UPDATE unit_roles SET end_announced_at = ? WHERE id = ANY(?)")
                    .params(now, ids.toArray(UUID[]::new)).update();
        }
        ended.forEach(events::publishEvent);
        return ended.size();
    }

    void requireAdmin(@Nullable UUID actor, Unit unit) {
        if (actor == null || !grants.allow(standings.of(actor), UnitActions.ADMINISTER, unit.path())) {
            throw new ForbiddenException("administer unit " + unit.id());
        }
    }

    /** A null start means now, by the application clock. */
    private UUID insert(UUID unitId, UUID memberId, Role role, @Nullable Instant startsAt, @Nullable Instant endsAt,
            @Nullable UUID grantedBy) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO unit_roles (id, unit_id, member_id, role, starts_at, ends_at, granted_by) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(id, unitId, memberId, role.name(), java.sql.Timestamp.from(startsAt == null ? clock.instant() : startsAt),
                        endsAt == null ? null : java.sql.Timestamp.from(endsAt), grantedBy)
                .update();
        return id;
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}
