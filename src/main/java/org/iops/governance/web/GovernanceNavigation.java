package org.iops.governance.web;

import java.util.List;
import org.iops.web.Navigation;
import org.iops.web.NavigationLink;
import org.iops.web.PageContext;
import org.springframework.stereotype.Component;

/** "Governing rules" in the footer, after the organization's pages. */
@Component
class GovernanceNavigation implements Navigation {

    private static final List<NavigationLink> LINKS = List.of(NavigationLink.footer(700, "/rules", "governance.nav"));

    @Override
    public List<NavigationLink> links(PageContext page) {
        return LINKS;
    }
}
