package org.iops.blogs.posts;

import static org.iops.web.RequestRule.anyone;
import static org.iops.web.RequestRule.members;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import org.iops.web.RequestRule;
import org.iops.web.RequestRules;
import org.springframework.stereotype.Component;

/**
 * The blogs' endpoints: reading (posts, blogs, feeds, history) for anyone, the visibility rule deciding what each
 * reader gets; writing, translating and featuring for members, the controllers checking authorship and
 * {@link BlogActions#FEATURE}.
 */
@Component
class BlogRequestRules implements RequestRules {

    private static final String FEATURE = BlogActions.FEATURE.name();

    @Override
    public List<RequestRule> rules() {
        return List.of(anyone(GET, "/posts/{id}"), anyone(GET, "/posts/{id}/{language}"),
                anyone(GET, "/posts/{id}/revisions"), anyone(GET, "/posts/{id}/revisions/{version}"),
                anyone(GET, "/members/{id}/blog"), anyone(GET, "/members/{id}/blog.atom"),
                anyone(GET, "/units/{id}/blog"), anyone(GET, "/units/{id}/blog.atom"),
                members(GET, "/posts/new"), members(POST, "/posts/new"), members(GET, "/posts/drafts"),
                members(GET, "/posts/{id}/edit"), members(POST, "/posts/{id}/edit"),
                members(POST, "/posts/{id}/delete"),
                members(GET, "/posts/{id}/translate"), members(POST, "/posts/{id}/translate"),
                members(GET, "/posts/{id}/{language}/edit"), members(POST, "/posts/{id}/{language}/edit"),
                members(POST, "/posts/{id}/{language}/remove"),
                members(POST, "/posts/{id}/feature"),
                members(GET, "/units/{id}/blog/featured", FEATURE), members(POST, "/units/{id}/blog/featured", FEATURE));
    }
}
