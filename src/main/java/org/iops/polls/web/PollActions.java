package org.iops.polls.web;

import java.util.List;
import org.iops.units.Action;
import org.iops.units.ActionCatalog;
import org.iops.units.Grant;
import org.iops.units.Role;
import org.springframework.stereotype.Component;

/** Opening a stand-alone poll in a unit is for its admins and those above (proposals and queries open their own). */
@Component
class PollActions implements ActionCatalog {

    static final Action OPEN = new Action("polls.open");

    @Override
    public List<Grant> grants() {
        return List.of(Grant.of(OPEN, Role.ADMIN));
    }
}
