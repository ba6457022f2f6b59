package org.iops.proposals.proposing;

import java.util.List;
import org.iops.units.Action;
import org.iops.units.ActionCatalog;
import org.iops.units.Grant;
import org.iops.units.Role;
import org.springframework.stereotype.Component;

/** The proposals' one action: recording a unit's proposal rules by hand, for the unit's admins and those above. */
@Component
class ProposalActions implements ActionCatalog {

    static final Action SET_RULES = new Action("proposals.setRules");

    @Override
    public List<Grant> grants() {
        return List.of(Grant.of(SET_RULES, Role.ADMIN));
    }
}
