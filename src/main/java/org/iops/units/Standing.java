package org.iops.units;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Where a reader stands in the organization: the roles they hold or will hold, with each unit and term, and the
 * units they belong to. Loaded once per request (and cached across requests) by {@link Permissions#standingOf};
 * every permission check of the request is answered from it without a query.
 */
public record Standing(@Nullable UUID member, List<HeldRole> roles, List<Membership> memberships) {

    /** A role in a unit for a term; {@code unitLevel} is the level of the unit where it is held. */
    public record HeldRole(Role role, UnitId unit, UnitLevel unitLevel, Instant startsAt, @Nullable Instant endsAt) {

        public boolean isCurrent(Instant now) {
            return !startsAt.isAfter(now) && (endsAt == null || endsAt.isAfter(now));
        }
    }

    /** A current membership: of the residence chapter and branch, or of a chapter joined by choice. */
    public record Membership(UnitId unit, Instant since) {
    }

    public Standing {
        roles = List.copyOf(roles);
        memberships = List.copyOf(memberships);
    }

    /** A visitor's standing: no roles, no units. */
    public static Standing visitor() {
        return new Standing(null, List.of(), List.of());
    }

    /**
     * Whether one of the grants is met, now, in the unit whose path (from the international down to the unit itself)
     * is {@code unitPath}: a current role of the grant held in a unit of the path at the grant's level or above.
     */
    public boolean meets(Collection<Grant> grants, List<UUID> unitPath, Instant now) {
        for (HeldRole held : roles) {
            if (held.isCurrent(now) && unitPath.contains(held.unit().value()) && grants(grants, held)) {
                return true;
            }
        }
        return false;
    }

    /** The units in which one of the grants is met now: the action is allowed in each and everything below it. */
    public List<UnitId> reach(Collection<Grant> grants, Instant now) {
        return roles.stream().filter(held -> held.isCurrent(now) && grants(grants, held)).map(HeldRole::unit)
                .distinct().toList();
    }

    /** Whether the member holds any role now, in any unit. */
    public boolean holdsAnyRole(Instant now) {
        return roles.stream().anyMatch(held -> held.isCurrent(now));
    }

    private static boolean grants(Collection<Grant> grants, HeldRole held) {
        for (Grant grant : grants) {
            if (grant.role().equals(held.role()) && grant.countsAt(held.unitLevel())) {
                return true;
            }
        }
        return false;
    }
}
