package org.iops.committee.web;

import java.util.List;
import org.iops.committee.CommitteeProcedures;
import org.iops.governance.RuleCatalog;
import org.iops.governance.ShownRule;
import org.springframework.stereotype.Component;

/** The committees' procedures on the governing rules pages, in the words every tally states them in. */
@Component
class CommitteeRuleCatalog implements RuleCatalog {

    private final QueryViews views;

    CommitteeRuleCatalog(QueryViews views) {
        this.views = views;
    }

    @Override
    public List<ShownRule<?>> rules() {
        return List.of(ShownRule.of(CommitteeProcedures.RULE, (value, page) -> List.of(views.procedure(value, page))));
    }
}
