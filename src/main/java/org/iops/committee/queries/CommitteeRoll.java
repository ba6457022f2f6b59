package org.iops.committee.queries;

import java.util.List;
import java.util.UUID;
import org.iops.units.Action;
import org.iops.units.Permissions;
import org.iops.units.Role;
import org.iops.units.RoleRoster;
import org.iops.units.UnitId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who sits on a unit's committee: the members holding the committee role in that unit itself, in a current term, as
 * the units module's {@link RoleRoster} says; the permission is still asked of {@link Permissions}, so an ended term
 * or a suspension counts as everywhere else.
 */
@Component
public class CommitteeRoll {

    private final RoleRoster roster;
    private final Permissions permissions;

    CommitteeRoll(RoleRoster roster, Permissions permissions) {
        this.roster = roster;
        this.permissions = permissions;
    }

    /** The committee of the unit now, in a stable order. */
    public List<UUID> members(UnitId unit) {
        return roster.holders(Role.COMMITTEE_MEMBER, unit);
    }

    /** Whether the reader may do the committee's action in this unit: granted, and on this unit's own committee. */
    public boolean may(@Nullable UUID reader, Action action, UnitId unit) {
        return reader != null && permissions.may(reader, action, unit) && members(unit).contains(reader);
    }
}
