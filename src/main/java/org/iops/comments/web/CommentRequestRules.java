package org.iops.comments.web;

import static org.iops.web.RequestRule.anyone;
import static org.iops.web.RequestRule.members;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import org.iops.web.RequestRule;
import org.iops.web.RequestRules;
import org.springframework.stereotype.Component;

/**
 * Reading comments is for whoever may see the item (the controllers check, a 404 otherwise); writing, editing,
 * deleting and mention suggestions are for members, the ownership of a comment checked by the controllers.
 */
@Component
class CommentRequestRules implements RequestRules {

    @Override
    public List<RequestRule> rules() {
        return List.of(anyone(GET, "/comments"), members(POST, "/comments"), anyone(GET, "/comments/{id}"),
                members(GET, "/comments/{id}/reply"), members(GET, "/comments/{id}/edit"),
                members(POST, "/comments/{id}/edit"), members(POST, "/comments/{id}/delete"),
                members(GET, "/mentions"));
    }
}
