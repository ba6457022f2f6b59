package org.iops.moderation.web;

import static org.iops.web.RequestRule.members;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import org.iops.content.ContentActions;
import org.iops.web.RequestRule;
import org.iops.web.RequestRules;
import org.springframework.stereotype.Component;

/** Flagging and appealing are for members; a unit's queue, log and actions for those who may moderate it. */
@Component
class ModerationRequestRules implements RequestRules {

    private static final String MODERATE = ContentActions.MODERATE.name();

    @Override
    public List<RequestRule> rules() {
        return List.of(members(GET, "/moderation/flag"), members(POST, "/moderation/flag"),
                members(GET, "/moderation/appeal"), members(POST, "/moderation/appeal"),
                members(GET, "/units/{id}/moderation", MODERATE), members(GET, "/units/{id}/moderation/log", MODERATE),
                members(POST, "/units/{id}/moderation/act", MODERATE),
                members(POST, "/units/{id}/moderation/lift", MODERATE),
                members(POST, "/units/{id}/moderation/appeals", MODERATE));
    }
}
