package org.iops.pages.content;

import static org.iops.web.RequestRule.anyone;
import static org.iops.web.RequestRule.members;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import org.iops.web.RequestRule;
import org.iops.web.RequestRules;
import org.springframework.stereotype.Component;

/** The pages module's endpoints: the home page and the public pages for anyone, editing for {@link PageActions#EDIT}. */
@Component
class PageRequestRules implements RequestRules {

    private static final String EDIT = PageActions.EDIT.name();

    @Override
    public List<RequestRule> rules() {
        return List.of(anyone(GET, "/"), anyone(GET, "/pages"), anyone(GET, "/pages/{slug}"),
                members(GET, "/admin/pages", EDIT), members(POST, "/admin/pages", EDIT),
                members(POST, "/admin/pages/{slug}/move", EDIT),
                members(GET, "/admin/pages/{slug}/remove", EDIT), members(POST, "/admin/pages/{slug}/remove", EDIT),
                members(GET, "/admin/pages/{slug}/{language}", EDIT), members(POST, "/admin/pages/{slug}/{language}", EDIT),
                members(POST, "/admin/pages/{slug}/{language}/preview", EDIT),
                members(GET, "/admin/pages/{slug}/{language}/revisions", EDIT),
                members(GET, "/admin/pages/{slug}/{language}/revisions/{version}", EDIT),
                members(POST, "/admin/pages/{slug}/{language}/revisions/{version}/restore", EDIT));
    }
}
