package org.iops.units.web;

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
 * The units module's endpoints: the tree's pages are open (a unit page shows each reader what they may see); the
 * admin screens are for members, and of them for those who may {@link UnitActions#ADMINISTER} or
 * {@link UnitActions#RESTRUCTURE} the unit, as each controller checks.
 */
@Component
class UnitRequestRules implements RequestRules {

    private static final String ADMINISTER = UnitActions.ADMINISTER.name();
    private static final String RESTRUCTURE = UnitActions.RESTRUCTURE.name();

    @Override
    public List<RequestRule> rules() {
        return List.of(
                anyone(GET, "/branches"), anyone(GET, "/units/{id}"), anyone(GET, "/units/chapter-suggestions"),
                members(GET, "/roles"),
                members(POST, "/units/{id}/join"), members(POST, "/units/{id}/leave"),
                members(GET, "/units/{id}/contact"), members(POST, "/units/{id}/contact"),
                members(GET, "/units/{id}/admin", ADMINISTER), members(GET, "/units/{id}/admin/members", ADMINISTER),
                members(GET, "/units/{id}/audit", ADMINISTER), members(GET, "/units/{id}/audit.csv", ADMINISTER),
                members(POST, "/units/{id}/roles", ADMINISTER),
                members(GET, "/units/{id}/roles/{termId}/end", ADMINISTER),
                members(POST, "/units/{id}/roles/{termId}/end", ADMINISTER),
                members(POST, "/units/{id}/found", ADMINISTER), members(POST, "/units/{id}/status", ADMINISTER),
                members(POST, "/units/{id}/visibility", RESTRUCTURE),
                members(GET, "/units/{id}/delete", RESTRUCTURE), members(POST, "/units/{id}/delete", RESTRUCTURE),
                members(GET, "/units/{id}/merge", RESTRUCTURE), members(POST, "/units/{id}/merge", RESTRUCTURE),
                members(POST, "/units/{id}/move", RESTRUCTURE),
                members(POST, "/units/{id}/aliases", RESTRUCTURE),
                members(POST, "/units/{id}/aliases/{aliasId}/remove", RESTRUCTURE),
                members(POST, "/units/{id}/regions", RESTRUCTURE), members(POST, "/units/{id}/rename", RESTRUCTURE),
                members(POST, "/units/{id}/remove", RESTRUCTURE), members(POST, "/units/{id}/chapters", RESTRUCTURE));
    }
}
