package org.iops.proposals.proposing;

import static org.iops.web.RequestRule.anyone;
import static org.iops.web.RequestRule.members;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import org.iops.web.RequestRule;
import org.iops.web.RequestRules;
import org.springframework.stereotype.Component;

/**
 * The proposals' endpoints: reading (a proposal, its versions and amendments, a unit's outcomes) for anyone, the
 * visibility rule deciding what each reader gets; writing for members, the controllers checking the unit's rules,
 * authorship and, for the rules form, {@link ProposalActions#SET_RULES}.
 */
@Component
class ProposalRequestRules implements RequestRules {

    private static final String SET_RULES = ProposalActions.SET_RULES.name();

    @Override
    public List<RequestRule> rules() {
        return List.of(anyone(GET, "/proposals/{id}"), anyone(GET, "/proposals/{id}/versions"),
                anyone(GET, "/amendments/{id}"), anyone(GET, "/units/{id}/proposals"),
                members(GET, "/units/{id}/proposals/new"), members(POST, "/units/{id}/proposals/new"),
                members(GET, "/proposals/{id}/edit"), members(POST, "/proposals/{id}/edit"),
                members(POST, "/proposals/{id}/support"), members(POST, "/proposals/{id}/withdraw"),
                members(GET, "/proposals/{id}/amendments/new"), members(POST, "/proposals/{id}/amendments/new"),
                members(POST, "/amendments/{id}/accept"), members(POST, "/amendments/{id}/decline"),
                members(GET, "/units/{id}/proposal-rules", SET_RULES),
                members(POST, "/units/{id}/proposal-rules", SET_RULES),
                members(POST, "/units/{id}/proposal-rules/propose", SET_RULES));
    }
}
