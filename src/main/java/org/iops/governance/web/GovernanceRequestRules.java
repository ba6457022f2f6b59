package org.iops.governance.web;

import static org.iops.web.RequestRule.anyone;
import static org.springframework.http.HttpMethod.GET;

import java.util.List;
import org.iops.web.RequestRule;
import org.iops.web.RequestRules;
import org.springframework.stereotype.Component;

/** The governing rules are public: anyone may read them and their history. */
@Component
class GovernanceRequestRules implements RequestRules {

    @Override
    public List<RequestRule> rules() {
        return List.of(anyone(GET, "/rules"), anyone(GET, "/rules/{slug}"));
    }
}
