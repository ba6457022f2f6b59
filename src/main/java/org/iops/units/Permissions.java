package org.iops.units;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Who may do what: roles held in a unit for a current term, inherited by every unit below it. Deny by default.
 * Implemented inside this module.
 */
public interface Permissions {

    /** Whether the member holds the role, in a current term, in the unit or one of its ancestors. */
    boolean holds(UUID memberId, Role role, UnitId unit);

    /** Whether the member is an admin of the international (and so of everything). */
    boolean isInternationalAdmin(UUID memberId);

    /**
     * Whether {@code admin} administers any unit that {@code member} belongs to: the "admins only" privacy rule.
     */
    boolean administersMember(UUID admin, UUID member);

    /** Whether the international has any admin yet (the first one is claimed through the setup link). */
    boolean internationalHasAdmin();

    /**
     * Makes the member the first international admin, recorded in the audit log as claimed through the setup link.
     * Returns false, changing nothing, if the international already has an admin.
     */
    boolean claimFirstInternationalAdmin(UUID memberId);

    /**
     * Of {@code members}, those that {@code admin} administers: {@link #administersMember} for a whole list at once.
     * Added by the accounts module; override with one query.
     */
    default Set<UUID> administeredAmong(UUID admin, Collection<UUID> members) {
        return members.stream().filter(member -> administersMember(admin, member)).collect(Collectors.toSet());
    }

    /**
     * The roles the member holds or held, for the member's data export. Added by the accounts module; the default
     * knows none.
     */
    default List<RoleTerm> rolesOf(UUID memberId) {
        return List.of();
    }
}
