package org.iops.polls.web;

import static org.iops.web.RequestRule.members;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import org.iops.web.RequestRule;
import org.iops.web.RequestRules;
import org.springframework.stereotype.Component;

/**
 * The polls' endpoints, all for members: a poll, its ballot and its board for those who may see it (the controllers
 * answer 404 to others), and the unit's form to open a poll for those with {@link PollActions#OPEN}; cancelling a poll (its
 * controller checks {@link PollActions#CANCEL} in the poll's unit).
 */
@Component
class PollRequestRules implements RequestRules {

    @Override
    public List<RequestRule> rules() {
        String open = PollActions.OPEN.name();
        return List.of(members(GET, "/polls/{id}"), members(POST, "/polls/{id}/vote"),
                members(GET, "/polls/{id}/board"), members(POST, "/polls/{id}/board"),
                members(GET, "/polls/{id}/board.txt"), members(GET, "/polls/{id}/recount.zip"),
                members(GET, "/polls/{id}/cancel"), members(POST, "/polls/{id}/cancel"),
                members(GET, "/units/{id}/polls/new", open), members(POST, "/units/{id}/polls/new", open));
    }
}
