package org.iops.units.tree;

import java.util.UUID;
import org.iops.shared.ForbiddenException;
import org.iops.units.Action;
import org.iops.units.UnitActions;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who may do what to a unit the caller has loaded, decided on the server for every request: the
 * {@link org.iops.units.Permissions} of this module's actions ({@link UnitActions}), answered from the reader's
 * standing and the unit's own path, without a query. Everyone else is denied.
 */
@Component
public class UnitAccess {

    private final Authority authority;

    UnitAccess(Authority authority) {
        this.authority = authority;
    }

    /** Whether the reader may do the action in the unit, through a role held there or in a unit above it. */
    public boolean may(@Nullable UUID member, Action action, Unit unit) {
        return authority.may(member, action, unit);
    }

    /** Admin screen, audit log, roles, founding and dormancy: {@link UnitActions#ADMINISTER}. */
    public boolean mayAdminister(@Nullable UUID member, Unit unit) {
        return may(member, UnitActions.ADMINISTER, unit);
    }

    /** Merging, aliases, archiving, regions, moving chapters: {@link UnitActions#RESTRUCTURE}. */
    public boolean mayRestructure(@Nullable UUID member, Unit unit) {
        return may(member, UnitActions.RESTRUCTURE, unit);
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
