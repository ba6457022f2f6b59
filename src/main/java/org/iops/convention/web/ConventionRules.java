package org.iops.convention.web;

import java.util.List;
import org.iops.convention.ConventionPreconditions;
import org.iops.governance.RuleCatalog;
import org.iops.governance.ShownRule;
import org.iops.web.PageContext;
import org.springframework.stereotype.Component;

/** The preconditions on the governing rules pages. */
@Component
class ConventionRules implements RuleCatalog {

    @Override
    public List<ShownRule<?>> rules() {
        return List.of(ShownRule.of(ConventionPreconditions.KEY, ConventionRules::lines));
    }

    static List<String> lines(ConventionPreconditions rule, PageContext page) {
        return List.of(page.t("convention.rule.members", rule.members()),
                page.t("convention.rule.chapters", rule.minChapters(), rule.maxChapters()),
                page.t("convention.rule.functioning", rule.chapterMembers(), rule.meetingDays()),
                page.t("convention.rule.women", rule.womenPercent()),
                page.t("convention.rule.countries", rule.countries(), rule.continents()));
    }
}
