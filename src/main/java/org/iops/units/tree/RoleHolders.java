package org.iops.units.tree;

import java.time.Instant;
import java.util.UUID;
import org.iops.web.AdminRoles;
import org.springframework.stereotype.Component;

/** Tells the header whether the signed-in member holds a role: from the member's standing, no query of its own. */
@Component
class RoleHolders implements AdminRoles {

    private final Standings standings;

    RoleHolders(Standings standings) {
        this.standings = standings;
    }

    @Override
    public boolean holdsAnyRole(UUID memberId) {
        return standings.of(memberId).holdsAnyRole(Instant.now());
    }
}
