package org.iops.blogs.posts;

import java.util.List;
import org.iops.web.Navigation;
import org.iops.web.NavigationLink;
import org.iops.web.PageContext;
import org.springframework.stereotype.Component;

/** "Write" and "My blog" in the header, for signed-in members. */
@Component
class BlogNavigation implements Navigation {

    @Override
    public List<NavigationLink> links(PageContext page) {
        return page.member().map(member -> List.of(
                        NavigationLink.main(400, "/posts/new", "blogs.nav.write", "/posts/new"),
                        NavigationLink.main(410, "/members/" + member.memberId() + "/blog", "blogs.nav.myBlog",
                                "/members/" + member.memberId() + "/blog")))
                .orElse(List.of());
    }
}
