package org.iops.committee.web;

import static org.iops.web.RequestRule.anyone;
import static org.iops.web.RequestRule.members;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import org.iops.committee.queries.CommitteeCatalogs;
import org.iops.web.RequestRule;
import org.iops.web.RequestRules;
import org.springframework.stereotype.Component;

/**
 * The committee's endpoints. The answer link works for visitors too: its signed token names the one member it
 * answers for.
 */
@Component
class CommitteeRequestRules implements RequestRules {

    @Override
    public List<RequestRule> rules() {
        return List.of(members(GET, "/units/{id}/committee"),
                members(GET, "/units/{id}/committee/new", CommitteeCatalogs.QUERY.name()),
                members(POST, "/units/{id}/committee/new", CommitteeCatalogs.QUERY.name()),
                members(GET, "/units/{id}/committee/procedures"),
                members(POST, "/units/{id}/committee/procedures", CommitteeCatalogs.SET_PROCEDURES.name()),
                members(GET, "/committee/queries/{id}"),
                members(POST, "/committee/queries/{id}/answer", CommitteeCatalogs.ANSWER.name()),
                members(POST, "/committee/queries/{id}/runoff", CommitteeCatalogs.QUERY.name()),
                anyone(GET, "/committee/answer/{token}"),
                anyone(POST, "/committee/answer/{token}"));
    }
}
