package org.iops.units;

/** The actions of the units module, granted to admins (see the catalog in {@code units.tree}). */
public final class UnitActions {

    /** The admin screen and audit log, roles, founding and dormancy, the members list: any admin of the unit or above. */
    public static final Action ADMINISTER = new Action("units.administer");

    /** Merging, other names, archiving, regions and chapters, moving, hiding and deleting: the branch's admins and above. */
    public static final Action RESTRUCTURE = new Action("units.restructure");

    /** Suspending, reinstating and removing the members who live in a branch: its admins and above. */
    public static final Action MODERATE_MEMBERS = new Action("units.moderateMembers");

    private UnitActions() {
    }
}
