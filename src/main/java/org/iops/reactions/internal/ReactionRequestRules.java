package org.iops.reactions.internal;

import static org.iops.web.RequestRule.members;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import org.iops.web.RequestRule;
import org.iops.web.RequestRules;
import org.springframework.stereotype.Component;

/** Liking is for members; whether the member may see the item is the service's check (a 404 otherwise). */
@Component
class ReactionRequestRules implements RequestRules {

    @Override
    public List<RequestRule> rules() {
        return List.of(members(POST, "/reactions"));
    }
}
