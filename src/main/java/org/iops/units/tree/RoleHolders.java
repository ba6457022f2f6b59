package org.iops.units.tree;

import java.util.UUID;
import org.iops.web.AdminRoles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the header whether the signed-in member holds a role: one indexed query. */
@Component
class RoleHolders implements AdminRoles {

    private final JdbcClient jdbc;

    RoleHolders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean holdsAnyRole(UUID memberId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM unit_roles WHERE member_id = ? AND starts_at <= now() "
                        + "AND (ends_at IS NULL OR ends_at > now()))")
                .param(memberId).query(Boolean.class).single();
    }
}
