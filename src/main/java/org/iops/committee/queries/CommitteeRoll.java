package org.iops.committee.queries;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.iops.units.Action;
import org.iops.units.Permissions;
import org.iops.units.Role;
import org.iops.units.UnitId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who sits on a unit's committee: the members holding the committee role in that unit itself, in a current term.
 * The units module has no API listing a unit's role holders, so the roll is read from {@code unit_roles} (one indexed
 * query, {@code unit_roles_by_unit}); the permission is still asked of {@link Permissions}, so an ended term or a
 * suspension counts as everywhere else.
 */
@Component
public class CommitteeRoll {

    private final JdbcClient jdbc;
    private final Permissions permissions;
    private final Clock clock;

    CommitteeRoll(JdbcClient jdbc, Permissions permissions, Clock clock) {
        this.jdbc = jdbc;
        this.permissions = permissions;
        this.clock = clock;
    }

    /** The committee of the unit now, in a stable order. */
    public List<UUID> members(UnitId unit) {
        return jdbc.sql("SELECT DISTINCT member_id FROM unit_roles WHERE unit_id = ? AND role = ? AND starts_at <= ? "
                + "AND (ends_at IS NULL OR ends_at > ?) ORDER BY member_id")
                .params(unit.value(), Role.COMMITTEE_MEMBER.name(), Timestamp.from(clock.instant()),
                        Timestamp.from(clock.instant()))
                .query(UUID.class).list();
    }

    /** Whether the reader may do the committee's action in this unit: granted, and on this unit's own committee. */
    public boolean may(@Nullable UUID reader, Action action, UnitId unit) {
        return reader != null && permissions.may(reader, action, unit) && members(unit).contains(reader);
    }
}
