package org.iops.units.tree;

import java.util.UUID;
import org.iops.shared.ForbiddenException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who may do what to a unit, decided on the server for every request. Admins of a unit or a unit above it
 * administer it (roles, lifecycle, audit log, private pages); restructuring (merging, aliases, archiving, regions,
 * moving chapters) belongs to the admins of its branch and above. Everyone else is denied.
 */
@Component
public class UnitAccess {

    private final RoleBook roles;

    UnitAccess(RoleBook roles) {
        this.roles = roles;
    }

    /** Admin screen, audit log, roles, founding and dormancy. */
    public boolean mayAdminister(@Nullable UUID member, Unit unit) {
        return roles.isAdmin(member, unit.id());
    }

    /** Merging, aliases, archiving, regions, moving chapters: the branch's admins (the international's for itself). */
    public boolean mayRestructure(@Nullable UUID member, Unit unit) {
        return roles.isAdmin(member, unit.branchId() == null ? unit.id() : unit.branchId());
    }

    void requireAdminister(@Nullable UUID member, Unit unit) {
        if (!mayAdminister(member, unit)) {
            throw new ForbiddenException("administer " + unit.id());
        }
    }

    void requireRestructure(@Nullable UUID member, Unit unit) {
        if (!mayRestructure(member, unit)) {
            throw new ForbiddenException("restructure " + unit.id());
        }
    }
}
