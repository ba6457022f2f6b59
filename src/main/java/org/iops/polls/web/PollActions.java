package org.iops.polls.web;

import java.util.List;
import org.iops.units.Action;
import org.iops.units.ActionCatalog;
import org.iops.units.Grant;
import org.iops.units.Role;
import org.springframework.stereotype.Component;

/**
 * Opening a stand-alone poll in a unit, and cancelling any of its polls before they close (a proposal's vote or an
 * escalated query's too), are for its admins and those above (proposals and queries open their own).
 */
@Component
class PollActions implements ActionCatalog {

    static final Action OPEN = new Action("polls.open");
    /** Cancelling a poll before it closes, with a reason: the same admins. */
    static final Action CANCEL = new Action("polls.cancel");

    @Override
    public List<Grant> grants() {
        return List.of(Grant.of(OPEN, Role.ADMIN), Grant.of(CANCEL, Role.ADMIN));
    }
}
