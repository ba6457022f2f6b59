package org.iops.units;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Who may do what: {@link #may(UUID, Action, UnitId)} answers from the reader's {@link Standing}, loaded once per
 * request and cached across requests, and from the {@link Grant}s every module declares in its
 * {@link ActionCatalog}. A role held in a unit counts in every unit below it. Deny by default: a visitor, an action
 * nobody declared and a role nobody grants anything to may do nothing. Implemented inside this module.
 */
public interface Permissions {

    /** The member's roles and memberships: from this request's copy, else the cache, else one load. */
    Standing standingOf(@Nullable UUID member);

    /** Whether the reader may do the action in the unit: no query beyond the reader's standing, once per request. */
    boolean may(@Nullable UUID reader, Action action, UnitId unit);

    /** The units where the reader may do the action (and so in every unit below each): for lists and searches. */
    List<UnitId> reach(@Nullable UUID reader, Action action);

    /**
     * Of {@code members}, those who belong (now) to a unit where the reader may do the action: one query for the
     * whole list, none when the reader's reach is the international or nothing.
     */
    Set<UUID> mayOverMembers(@Nullable UUID reader, Action action, Collection<UUID> members);

    /** Every role some module declared, in the order of the role form: the units roles first. */
    List<Role> roles();

    /**
     * Drops the member's cached standing, on every change to their roles or memberships that the role and placement
     * events do not already announce.
     */
    void forget(UUID member);

    /** Whether the member holds the role, in a current term, in the unit or one of its ancestors. */
    boolean holds(UUID memberId, Role role, UnitId unit);

    /** Whether the member administers the international (and so every unit). */
    default boolean isInternationalAdmin(UUID memberId) {
        return may(memberId, UnitActions.ADMINISTER, UnitId.INTERNATIONAL);
    }

    /**
     * Whether {@code admin} administers any unit that {@code member} belongs to: the "admins only" privacy rule.
     */
    default boolean administersMember(UUID admin, UUID member) {
        return !mayOverMembers(admin, UnitActions.ADMINISTER, List.of(member)).isEmpty();
    }

    /** Of {@code members}, those that {@code admin} administers: {@link #administersMember} for a whole list at once. */
    default Set<UUID> administeredAmong(UUID admin, Collection<UUID> members) {
        return mayOverMembers(admin, UnitActions.ADMINISTER, members);
    }

    /** Whether the international has any admin yet (the first one is claimed through the setup link). */
    boolean internationalHasAdmin();

    /**
     * Makes the member the first international admin, recorded in the audit log as claimed through the setup link.
     * Returns false, changing nothing, if the international already has an admin.
     */
    boolean claimFirstInternationalAdmin(UUID memberId);

    /** The roles the member holds or held, for the member's data export. */
    List<RoleTerm> rolesOf(UUID memberId);
}
