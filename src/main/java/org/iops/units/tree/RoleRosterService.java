package org.iops.units.tree;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.iops.demo.DemoLoad;
import org.iops.units.Role;
import org.iops.units.RoleRoster;
import org.iops.units.UnitId;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the current role terms ({@code unit_roles}, by unit and role: {@code unit_roles_by_unit}). */
@Service
@Transactional(readOnly = true)
class RoleRosterService implements RoleRoster {

    private static final String CURRENT = "role = :role AND starts_at <= :now AND (ends_at IS NULL OR ends_at > :now)";

    private final JdbcClient jdbc;
    private final UnitRepository units;
    private final Clock clock;

    RoleRosterService(JdbcClient jdbc, UnitRepository units, Clock clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.clock = clock;
    }

    @Override
    public List<UUID> holders(Role role, UnitId unit) {
        return inUnits(role, List.of(unit.value()));
    }

    @Override
    public List<UUID> holdersInOrAbove(Role role, UnitId unit) {
        return units.find(unit.value()).map(found -> inUnits(role, found.path())).orElse(List.of());
    }

    @Override
    public List<UUID> holdersAnywhere(Role role) {
        return jdbc.sql("SELECT DISTINCT member_id FROM unit_roles WHERE " + CURRENT + " ORDER BY member_id")
                .param("role", role.name()).param("now", Timestamp.from(clock.instant())).query(UUID.class).list();
    }

    private List<UUID> inUnits(Role role, List<UUID> unitIds) {
        return jdbc.sql("SELECT DISTINCT member_id FROM unit_roles WHERE unit_id = ANY(:units) AND " + CURRENT
                        + " ORDER BY member_id")
                .param("units", unitIds.toArray(UUID[]::new)).param("role", role.name())
                .param("now", Timestamp.from(clock.instant())).query(UUID.class).list();
    }

    @Override
    public List<UUID> holdersWhileLoading(DemoLoad load, Role role, UnitId unit) throws SQLException {
        try (PreparedStatement select = load.connection().prepareStatement(
                "SELECT DISTINCT member_id FROM unit_roles WHERE unit_id = ? AND role = ? AND ends_at IS NULL "
                        + "ORDER BY member_id")) {
            select.setObject(1, unit.value());
            select.setString(2, role.name());
            List<UUID> members = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    members.add(rows.getObject(1, UUID.class));
                }
            }
            return members;
        }
    }
}
