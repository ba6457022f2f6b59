package org.iops.convention.web;

import java.util.List;
import org.iops.units.Action;
import org.iops.units.ActionCatalog;
import org.iops.units.Grant;
import org.iops.units.Role;
import org.iops.units.UnitLevel;
import org.springframework.stereotype.Component;

/** The convention module's actions. */
@Component
class ConventionActions implements ActionCatalog {

    /** Recording that a chapter met: the chapter's admins and the admins of every unit above it. */
    static final Action RECORD_MEETING = new Action("convention.recordMeeting");

    /** Setting a new version of the preconditions by hand (interim, with a note): the international's admins. */
    static final Action SET_PRECONDITIONS = new Action("convention.setPreconditions");

    @Override
    public List<Grant> grants() {
        return List.of(Grant.of(RECORD_MEETING, Role.ADMIN),
                new Grant(SET_PRECONDITIONS, Role.ADMIN, UnitLevel.INTERNATIONAL));
    }
}
