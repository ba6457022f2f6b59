package org.iops.pages.content;

import java.util.List;
import org.iops.units.Action;
import org.iops.units.ActionCatalog;
import org.iops.units.Grant;
import org.iops.units.Role;
import org.iops.units.UnitLevel;
import org.springframework.stereotype.Component;

/** The pages module's action: editing the public pages, granted to the international's admins. */
@Component
class PageActions implements ActionCatalog {

    /** Writing, moving, removing and restoring public pages. Checked in the international. */
    static final Action EDIT = new Action("pages.edit");

    @Override
    public List<Grant> grants() {
        return List.of(new Grant(EDIT, Role.ADMIN, UnitLevel.INTERNATIONAL));
    }
}
