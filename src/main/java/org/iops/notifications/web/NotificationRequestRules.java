package org.iops.notifications.web;

import static org.iops.web.RequestRule.anyone;
import static org.iops.web.RequestRule.members;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import org.iops.web.RequestRule;
import org.iops.web.RequestRules;
import org.springframework.stereotype.Component;

/**
 * The notification list and email choices are the signed-in member's own; the unsubscribe link works without
 * signing in (its signed token says who and what), and its one-click POST comes from a mail program, without CSRF
 * token.
 */
@Component
class NotificationRequestRules implements RequestRules {

    static final String UNSUBSCRIBE = "/unsubscribe/{token}";

    @Override
    public List<RequestRule> rules() {
        return List.of(members(GET, "/notifications"), members(GET, "/notifications/bell"),
                members(POST, "/notifications/{id}/open"), members(POST, "/notifications/{id}/read"),
                members(POST, "/notifications/read-all"),
                members(GET, "/me/notifications"), members(POST, "/me/notifications"),
                anyone(GET, UNSUBSCRIBE), anyone(POST, UNSUBSCRIBE));
    }

    @Override
    public List<String> withoutCsrf() {
        return List.of(UNSUBSCRIBE);
    }
}
