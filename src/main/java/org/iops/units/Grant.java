package org.iops.units;

/**
 * A role granting an action: whoever holds {@code role} in a unit may do {@code action} there and in every unit
 * below it, provided the unit where the role is held is at {@code heldAtOrAbove} or higher in the tree. Restructuring
 * a chapter, for example, takes an admin of its branch or above: {@code new Grant(RESTRUCTURE, ADMIN, BRANCH)}.
 */
public record Grant(Action action, Role role, UnitLevel heldAtOrAbove) {

    /** The role grants the action wherever it is held. */
    public static Grant of(Action action, Role role) {
        return new Grant(action, role, UnitLevel.CHAPTER);
    }

    /** Whether a role held in a unit of this level counts for the grant. */
    public boolean countsAt(UnitLevel level) {
        return level.compareTo(heldAtOrAbove) <= 0;
    }
}
