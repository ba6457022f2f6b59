package org.iops.units.tree;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.iops.web.Navigation;
import org.iops.web.NavigationLink;
import org.iops.web.PageContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The units module's links in the header: the branches for everyone, and for a signed-in member who holds a role
 * the way to their roles (one indexed query, only for a signed-in reader).
 */
@Component
class RoleHolders implements Navigation {

    private final JdbcClient jdbc;

    RoleHolders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<NavigationLink> links(PageContext page) {
        List<NavigationLink> links = new ArrayList<>(2);
        links.add(NavigationLink.main(200, "/branches", "nav.branches", "/branches"));
        if (page.member().map(member -> holdsAnyRole(member.memberId())).orElse(false)) {
            links.add(NavigationLink.main(300, "/roles", "nav.roles", "/roles"));
        }
        return links;
    }

    @Transactional(readOnly = true)
    public boolean holdsAnyRole(UUID memberId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM unit_roles WHERE member_id = ? AND starts_at <= now() "
                        + "AND (ends_at IS NULL OR ends_at > now()))")
                .param(memberId).query(Boolean.class).single();
    }
}
