package org.iops.polls.web;

import java.util.List;
import java.util.Locale;
import org.iops.governance.RuleCatalog;
import org.iops.governance.ShownRule;
import org.iops.polls.PollDefaults;
import org.springframework.stereotype.Component;

/** The defaults of a new poll on the governing rules pages. */
@Component
class PollRuleCatalog implements RuleCatalog {

    @Override
    public List<ShownRule<?>> rules() {
        return List.of(ShownRule.of(PollDefaults.RULE, (value, page) -> List.of(
                page.t("polls.defaults.voting", value.votingDays()),
                page.t("polls.defaults.quorum", value.quorumPercent()),
                page.t("polls.form.threshold." + value.threshold().toLowerCase(Locale.ROOT).replace("_", "")),
                page.t(value.secret() ? "polls.defaults.secret" : "polls.defaults.open"))));
    }
}
