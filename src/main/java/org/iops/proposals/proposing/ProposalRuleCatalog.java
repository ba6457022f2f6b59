package org.iops.proposals.proposing;

import java.util.List;
import org.iops.governance.RuleCatalog;
import org.iops.governance.ShownRule;
import org.iops.proposals.ProposalRules;
import org.springframework.stereotype.Component;

/** The units' proposal rules on the governing rules pages, in the words of the unit's rules page. */
@Component
class ProposalRuleCatalog implements RuleCatalog {

    @Override
    public List<ShownRule<?>> rules() {
        return List.of(ShownRule.of(ProposalRules.KEY, RulesController::terms));
    }
}
