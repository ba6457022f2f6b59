package org.iops.units.tree;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.iops.web.Navigation;
import org.iops.web.NavigationLink;
import org.iops.web.PageContext;
import org.springframework.stereotype.Component;

/**
 * The units module's links in the header: the branches for everyone, and for a signed-in member who holds a role
 * the way to their roles (from the member's standing, no query of its own).
 */
@Component
class RoleHolders implements Navigation {

    private final Standings standings;
    private final Clock clock;

    RoleHolders(Standings standings, Clock clock) {
        this.clock = clock;
        this.standings = standings;
    }

    @Override
    public List<NavigationLink> links(PageContext page) {
        List<NavigationLink> links = new ArrayList<>(2);
        links.add(NavigationLink.main(200, "/branches", "units.nav.branches", "/branches"));
        if (page.member().map(member -> holdsAnyRole(member.memberId())).orElse(false)) {
            links.add(NavigationLink.main(300, "/roles", "units.nav.roles", "/roles"));
        }
        return links;
    }

    public boolean holdsAnyRole(UUID memberId) {
        return standings.of(memberId).holdsAnyRole(clock.instant());
    }
}
