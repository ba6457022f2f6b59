package org.iops.search.web;

import java.util.List;
import org.iops.search.SearchPaths;
import org.iops.web.Navigation;
import org.iops.web.NavigationLink;
import org.iops.web.PageContext;
import org.springframework.stereotype.Component;

/** "Search" in the header, for everyone, after the links to what is new and to writing. */
@Component
class SearchNavigation implements Navigation {

    @Override
    public List<NavigationLink> links(PageContext page) {
        return List.of(NavigationLink.main(450, SearchPaths.SEARCH, "search.nav", SearchPaths.SEARCH));
    }
}
