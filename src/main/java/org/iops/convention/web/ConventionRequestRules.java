package org.iops.convention.web;

import static org.iops.web.RequestRule.anyone;
import static org.iops.web.RequestRule.members;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import org.iops.web.RequestRule;
import org.iops.web.RequestRules;
import org.springframework.stereotype.Component;

/** The dashboard is public; recording meetings, changing the preconditions and declaring one's gender are not. */
@Component
class ConventionRequestRules implements RequestRules {

    @Override
    public List<RequestRule> rules() {
        String record = ConventionActions.RECORD_MEETING.name();
        String set = ConventionActions.SET_PRECONDITIONS.name();
        return List.of(anyone(GET, "/convention"),
                members(GET, "/convention/preconditions", set), members(POST, "/convention/preconditions", set),
                members(GET, "/units/{id}/meetings", record), members(POST, "/units/{id}/meetings", record),
                members(POST, "/me/gender"));
    }
}
