package org.iops.units;

import java.util.UUID;

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
}
