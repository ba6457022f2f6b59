package org.iops.forums.web;

import static org.iops.web.RequestRule.anyone;
import static org.iops.web.RequestRule.members;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import org.iops.content.ContentActions;
import org.iops.forums.store.ForumCatalogs;
import org.iops.web.Navigation;
import org.iops.web.NavigationLink;
import org.iops.web.PageContext;
import org.iops.web.RequestRule;
import org.iops.web.RequestRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The forums' part of the web layer: every endpoint declared (reading as the topic's visibility allows, writing for
 * members, managing categories for {@code forums.manage}, moderating for {@code content.moderate}),
 * and the "New" link for signed-in members.
 */
@Configuration(proxyBeanMethods = false)
class ForumWeb {

    private static final String MANAGE = ForumCatalogs.MANAGE.name();
    private static final String MODERATE = ContentActions.MODERATE.name();

    @Bean
    RequestRules forumRequestRules() {
        return () -> List.<RequestRule>of(anyone(GET, "/units/{id}/forum"), anyone(GET, "/units/{id}/forum.atom"),
                anyone(GET, "/units/{id}/forum/general"), members(GET, "/units/{id}/forum/general/new"),
                members(POST, "/units/{id}/forum/general/new"),
                anyone(GET, "/forums/categories/{id}"), anyone(GET, "/topics/{id}"), anyone(GET, "/topics/{id}/live"),
                anyone(GET, "/replies/{id}"),
                members(GET, "/new"), members(POST, "/units/{id}/forum/follow"),
                members(POST, "/forums/categories/{id}/follow"), members(POST, "/topics/{id}/follow"),
                members(GET, "/forums/categories/{id}/new"), members(POST, "/forums/categories/{id}/new"),
                members(POST, "/topics/{id}/replies"),
                anyone(GET, "/topics/{id}/{language}"),
                members(GET, "/topics/{id}/translate"), members(POST, "/topics/{id}/translate"),
                members(GET, "/topics/{id}/{language}/edit"), members(POST, "/topics/{id}/{language}/edit"),
                members(POST, "/topics/{id}/{language}/remove"),
                members(GET, "/topics/{id}/edit"), members(POST, "/topics/{id}/edit"), members(POST, "/topics/{id}/delete"),
                members(GET, "/replies/{id}/edit"), members(POST, "/replies/{id}/edit"), members(POST, "/replies/{id}/delete"),
                members(GET, "/units/{id}/forum/categories", MANAGE), members(POST, "/units/{id}/forum/categories", MANAGE),
                members(GET, "/forums/categories/{id}/edit", MANAGE), members(POST, "/forums/categories/{id}/edit", MANAGE),
                members(POST, "/forums/categories/{id}/move", MANAGE),
                members(POST, "/forums/categories/{id}/archive", MANAGE),
                members(POST, "/topics/{id}/pin", MODERATE), members(POST, "/topics/{id}/close", MODERATE),
                members(GET, "/topics/{id}/move", MODERATE), members(POST, "/topics/{id}/move", MODERATE));
    }

    @Bean
    Navigation forumNavigation() {
        List<NavigationLink> links = List.of(NavigationLink.main(250, "/new", "forums.nav.new", "/new"));
        return (PageContext page) -> page.signedIn() ? links : List.of();
    }
}
