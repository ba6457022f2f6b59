package org.iops.members.account;

import static org.iops.web.RequestRule.anyone;
import static org.iops.web.RequestRule.members;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import org.iops.units.UnitActions;
import org.iops.web.RequestRule;
import org.iops.web.RequestRules;
import org.springframework.stereotype.Component;

/**
 * The members module's endpoints: joining, signing in, confirming and resetting are open to visitors, as are
 * profiles (they show a visitor only what members show everyone); the member's own pages and moderating others
 * are for signed-in members.
 */
@Component
class MemberRequestRules implements RequestRules {

    @Override
    public List<RequestRule> rules() {
        return List.of(
                anyone(GET, "/join"), anyone(POST, "/join"), anyone(GET, "/join/sent"),
                anyone(GET, "/login"), anyone(POST, "/login"), anyone(null, LoginFailures.LIMITED_PAGE),
                anyone(GET, "/login/link/{token}"), anyone(POST, "/login/link/{token}"),
                anyone(GET, "/password/reset"), anyone(POST, "/password/reset"), anyone(GET, "/password/reset/sent"),
                anyone(GET, "/password/reset/{token}"), anyone(POST, "/password/reset/{token}"),
                anyone(GET, "/verify/{token}"), anyone(POST, "/verify/{token}"),
                anyone(GET, "/verify/email/{token}"), anyone(POST, "/verify/email/{token}"),
                anyone(POST, "/verify/resend"), anyone(GET, "/verify/sent"),
                anyone(GET, "/setup/{token}"), anyone(POST, "/setup/{token}"),
                anyone(GET, "/members/{id}"),
                members(POST, "/logout"), members(GET, "/welcome"),
                members(GET, "/me"), members(GET, "/me/preview"), members(GET, "/me/export"),
                members(GET, "/me/delete"), members(POST, "/me/delete"),
                members(POST, "/me/profile"), members(POST, "/me/residence"), members(POST, "/me/privacy"),
                members(POST, "/me/email"), members(POST, "/me/password"), members(POST, "/me/sessions"), members(POST, "/me/language"),
                members(GET, "/me/profile"), members(GET, "/me/residence"), members(GET, "/me/privacy"),
                members(GET, "/me/email"), members(GET, "/me/password"), members(GET, "/me/sessions"), members(GET, "/me/language"),
                members(POST, "/members/{id}/suspend", UnitActions.MODERATE_MEMBERS.name()),
                members(POST, "/members/{id}/reinstate", UnitActions.MODERATE_MEMBERS.name()),
                members(GET, "/members/{id}/remove", UnitActions.MODERATE_MEMBERS.name()),
                members(POST, "/members/{id}/remove", UnitActions.MODERATE_MEMBERS.name()));
    }
}
