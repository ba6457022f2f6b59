package org.iops.units.tree;

import java.time.Clock;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.iops.units.ChapterDeleted;
import org.iops.units.ChapterJoined;
import org.iops.units.ChapterLeft;
import org.iops.units.ChapterMerged;
import org.iops.units.MemberPlaced;
import org.iops.units.UnitArchived;
import org.iops.units.UnitChanged;
import org.iops.units.UnitMoved;
import org.springframework.transaction.event.TransactionalEventListener;
import org.iops.units.Action;
import org.iops.units.Permissions;
import org.iops.units.Role;
import org.iops.units.RoleTerm;
import org.iops.units.Standing;
import org.iops.units.UnitId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * {@link Permissions} from the reader's {@link Standing} and the grants every module's {@link org.iops.units.ActionCatalog}
 * declares. A unit's ancestry comes from the unit itself when the caller has it, else from a small cache of paths:
 * no check is a query of its own. Terms are stamped with the database's time, so they are read against the real
 * time too.
 */
@Service
class Authority implements Permissions {

    private final Standings standings;
    private final UnitRepository units;
    private final RoleBook roles;
    private final JdbcClient jdbc;
    private final Grants grants;
    private final Clock clock;
    /** Paths change only when a chapter moves; a minute's old path is the worst a moved chapter meets. */
    private final Cache<UUID, List<UUID>> paths = Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(1))
            .maximumSize(200_000).build();

    Authority(Standings standings, UnitRepository units, RoleBook roles, JdbcClient jdbc, Grants grants, Clock clock) {
        this.clock = clock;
        this.standings = standings;
        this.units = units;
        this.roles = roles;
        this.jdbc = jdbc;
        this.grants = grants;
    }

    @Override
    public Standing standingOf(@Nullable UUID member) {
        return standings.of(member);
    }

    @Override
    public boolean may(@Nullable UUID reader, Action action, UnitId unit) {
        if (reader == null) {
            return false;
        }
        return grants.allow(standings.of(reader), action, pathOf(unit));
    }

    /** {@link #may} for a unit the caller has loaded already: its path is at hand. */
    boolean may(@Nullable UUID reader, Action action, Unit unit) {
        return reader != null && grants.allow(standings.of(reader), action, unit.path());
    }

    private List<UUID> pathOf(UnitId unit) {
        return paths.get(unit.value(), id -> units.find(id).map(Unit::path).orElse(List.of()));
    }

    @Override
    public List<UnitId> reach(@Nullable UUID reader, Action action) {
        return grants.reach(standings.of(reader), action);
    }

    @Override
    public Set<UUID> mayOverMembers(@Nullable UUID reader, Action action, Collection<UUID> members) {
        List<UnitId> reach = reach(reader, action);
        if (members.isEmpty() || reach.isEmpty()) {
            return Set.of();
        }
        if (reach.contains(UnitId.INTERNATIONAL)) {
            return new HashSet<>(members);
        }
        return new HashSet<>(jdbc.sql("""
                SELECT DISTINCT m.member_id FROM unit_memberships m JOIN units u ON u.id = m.unit_id
                WHERE m.member_id = ANY(?) AND m.until IS NULL AND u.path && ?""")
                .params(members.stream().distinct().toArray(UUID[]::new),
                        reach.stream().map(UnitId::value).toArray(UUID[]::new))
                .query(UUID.class).list());
    }

    @Override
    public List<Role> roles() {
        return grants.roles();
    }

    @Override
    public void forget(UUID member) {
        standings.forget(member);
    }

    /**
     * The hook for a change to the tree's shape (a chapter merged, moved or archived; members placed in bulk): every
     * cached path and standing goes, once the change is committed.
     */
    void treeChanged() {
        paths.invalidateAll();
        standings.forgetEveryone();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(UnitChanged changed) {
        if (changed instanceof ChapterMerged || changed instanceof UnitMoved || changed instanceof UnitArchived
                || changed instanceof ChapterDeleted) {
            treeChanged();
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(MemberPlaced placed) {
        forget(placed.memberId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ChapterJoined joined) {
        forget(joined.memberId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ChapterLeft left) {
        forget(left.memberId());
    }

    @Override
    public boolean holds(UUID memberId, Role role, UnitId unit) {
        List<UUID> path = pathOf(unit);
        Instant now = clock.instant();
        return standings.of(memberId).roles().stream().anyMatch(held -> held.role().equals(role)
                && held.isCurrent(now) && path.contains(held.unit().value()));
    }

    @Override
    public boolean internationalHasAdmin() {
        return roles.internationalHasAdmin();
    }

    @Override
    public boolean claimFirstInternationalAdmin(UUID memberId) {
        boolean claimed = roles.claimFirstInternationalAdmin(memberId);
        standings.forget(memberId);
        return claimed;
    }

    @Override
    public List<RoleTerm> rolesOf(UUID memberId) {
        return roles.rolesOf(memberId);
    }
}
