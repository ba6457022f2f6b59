package org.iops.convention.web;

import java.util.List;
import org.iops.web.Navigation;
import org.iops.web.NavigationLink;
import org.iops.web.PageContext;
import org.springframework.stereotype.Component;

/** "Toward the convention" in the footer, before the governing rules. */
@Component
class ConventionNavigation implements Navigation {

    private static final List<NavigationLink> LINKS = List.of(NavigationLink.footer(650, "/convention",
            "convention.nav"));

    @Override
    public List<NavigationLink> links(PageContext page) {
        return LINKS;
    }
}
