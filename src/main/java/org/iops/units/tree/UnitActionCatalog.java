package org.iops.units.tree;

import java.util.List;
import org.iops.units.ActionCatalog;
import org.iops.units.Grant;
import org.iops.units.Role;
import org.iops.units.UnitActions;
import org.iops.units.UnitLevel;
import org.springframework.stereotype.Component;

/** The units module's actions and roles: admins administer, the branch's admins and above restructure. */
@Component
class UnitActionCatalog implements ActionCatalog {

    @Override
    public List<Grant> grants() {
        return List.of(Grant.of(UnitActions.ADMINISTER, Role.ADMIN),
                new Grant(UnitActions.RESTRUCTURE, Role.ADMIN, UnitLevel.BRANCH),
                new Grant(UnitActions.MODERATE_MEMBERS, Role.ADMIN, UnitLevel.BRANCH));
    }

    @Override
    public List<Role> roles() {
        return List.of(Role.ADMIN, Role.MODERATOR, Role.COMMITTEE_MEMBER);
    }
}
