package org.iops.units.tree;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.iops.notifications.Audience;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The audience {@code units.members}: everyone who belongs now to the unit whose id is the key, or to a unit below
 * it (as {@link org.iops.units.Memberships#belongsTo} says), for {@code Notifications.notifyAudience}. Each page is
 * one query over the current memberships in member id order ({@code unit_memberships_current}); for a unit below the
 * international, of the unit and the units below it from the cached tree.
 */
@Component(UnitMembersAudience.NAME)
class UnitMembersAudience implements Audience {

    static final String NAME = "units.members";

    private final JdbcClient jdbc;
    private final UnitRepository units;

    UnitMembersAudience(JdbcClient jdbc, UnitRepository units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    @Override
    public List<UUID> members(String key, @Nullable UUID after, int limit) {
        UUID unit;
        try {
            unit = UUID.fromString(key);
        } catch (IllegalArgumentException notAnId) {
            return List.of();
        }
        if (unit.equals(Unit.INTERNATIONAL)) {
            return jdbc.sql("SELECT DISTINCT member_id FROM unit_memberships WHERE until IS NULL "
                            + "AND (CAST(? AS uuid) IS NULL OR member_id > ?) ORDER BY member_id LIMIT ?")
                    .params(after, after, limit).query(UUID.class).list();
        }
        if (units.find(unit).isEmpty()) {
            return List.of();
        }
        // the tree is four levels deep: a unit and the two levels below it are everything within it
        List<UUID> within = new ArrayList<>(List.of(unit));
        units.twoLevelsBelow(unit).forEach(below -> within.add(below.id()));
        return jdbc.sql("SELECT DISTINCT member_id FROM unit_memberships WHERE until IS NULL AND unit_id = ANY(?) "
                        + "AND (CAST(? AS uuid) IS NULL OR member_id > ?) ORDER BY member_id LIMIT ?")
                .params(within.toArray(UUID[]::new), after, after, limit).query(UUID.class).list();
    }
}
