package org.iops.pages.content;

import java.util.List;
import org.iops.web.Navigation;
import org.iops.web.NavigationLink;
import org.iops.web.PageContext;
import org.springframework.stereotype.Component;

/** The pages module's links: "About" in the header, the organization's pages in the footer. */
@Component
class PageNavigation implements Navigation {

    private static final List<NavigationLink> LINKS = List.of(
            NavigationLink.main(100, "/pages/vision", "pages.nav.about", "/pages"),
            NavigationLink.footer(100, "/pages/vision", "pages.nav.vision"),
            NavigationLink.footer(200, "/pages/mission", "pages.nav.mission"),
            NavigationLink.footer(300, "/pages/commitments", "pages.nav.commitments"),
            NavigationLink.footer(400, "/pages/history", "pages.nav.history"),
            NavigationLink.footer(500, "/pages/questions", "pages.nav.questions"),
            NavigationLink.footer(600, "/pages/privacy", "pages.nav.privacy"));

    @Override
    public List<NavigationLink> links(PageContext page) {
        return LINKS;
    }
}
