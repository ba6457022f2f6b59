package org.iops.units;

import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.iops.demo.DemoLoad;

/**
 * Who holds a role now, from the role terms this module keeps: the one place other modules ask instead of reading
 * the terms themselves (a committee's roll, who is told that the convention can be planned). A holder is a member
 * whose term has started and not ended; an erased account holds nothing (its terms go with it). Every list is in
 * ascending order of the members' ids, each member once. Implemented inside this module.
 */
public interface RoleRoster {

    /** The members holding the role in this unit itself (not above it, not below it). */
    List<UUID> holders(Role role, UnitId unit);

    /** The members holding the role in this unit or any unit above it: those for whom the role counts here. */
    List<UUID> holdersInOrAbove(Role role, UnitId unit);

    /** The members holding the role in any unit. */
    List<UUID> holdersAnywhere(Role role);

    /**
     * {@link #holders} while the demo organization is being written, read on the load's own connection (its rows
     * are not committed yet); the terms the demo gives count as current.
     */
    List<UUID> holdersWhileLoading(DemoLoad load, Role role, UnitId unit) throws SQLException;
}
