package org.iops.units.tree;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.iops.shared.PersonalData;
import org.iops.units.Permissions;
import org.iops.units.Placement;
import org.iops.units.UnitDirectory;
import org.iops.units.UnitRef;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The units module's part of a member's data: where they are placed and were placed, the units they belong to and
 * the roles they hold or held. On deletion the member leaves every unit, their roles end and the audit log forgets
 * their name.
 */
@Component
@Order(100)
class MemberUnitsData implements PersonalData {

    private final UnitDirectory units;
    private final Permissions permissions;

    MemberUnitsData(UnitDirectory units, Permissions permissions) {
        this.units = units;
        this.permissions = permissions;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> export(UUID memberId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("placement", units.placementOf(memberId).map(MemberUnitsData::placement).orElse(null));
        data.put("placementHistory", units.placementHistoryOf(memberId).stream()
                .map(p -> ordered("since", p.since() == null ? null : p.since().toString(),
                        "until", p.until() == null ? null : p.until().toString(),
                        "placement", placement(p.placement())))
                .toList());
        data.put("memberships", units.membershipsOf(memberId).stream().map(MemberUnitsData::unit).toList());
        data.put("roles", permissions.rolesOf(memberId).stream()
                .map(r -> ordered("role", r.role().name(), "unit", unit(r.unit()), "start", r.start().toString(),
                        "end", r.end() == null ? null : r.end().toString()))
                .toList());
        return data;
    }

    @Override
    public void erase(UUID memberId) {
        units.forget(memberId);
    }

    private static Map<String, Object> placement(Placement p) {
        return ordered("branch", unit(p.branch()), "chapter", unit(p.chapter()));
    }

    private static Map<String, Object> unit(UnitRef u) {
        return ordered("id", u.id().toString(), "level", u.level().name(), "name", u.name(),
                "status", u.status().name());
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
