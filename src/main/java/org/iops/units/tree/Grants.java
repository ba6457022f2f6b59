package org.iops.units.tree;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.iops.units.Action;
import org.iops.units.ActionCatalog;
import org.iops.units.Grant;
import org.iops.units.Role;
import org.iops.units.Standing;
import org.iops.units.UnitId;
import org.springframework.stereotype.Component;

/** Every module's grants and roles, gathered once from the {@link ActionCatalog} beans. */
@Component
class Grants {

    private final Map<Action, List<Grant>> byAction;
    private final List<Role> roles;
    private final Clock clock;

    Grants(List<ActionCatalog> catalogs, Clock clock) {
        this.clock = clock;
        this.byAction = catalogs.stream().flatMap(c -> c.grants().stream())
                .collect(Collectors.groupingBy(Grant::action, Collectors.toUnmodifiableList()));
        // the units module's own roles first, then the others' in the order the context lists them
        Set<Role> all = new LinkedHashSet<>();
        Stream.concat(catalogs.stream().filter(UnitActionCatalog.class::isInstance), catalogs.stream())
                .forEach(c -> all.addAll(c.roles()));
        this.roles = List.copyOf(all);
    }

    /** Whether the standing allows the action now in the unit of this path (international first, unit last). */
    boolean allow(Standing standing, Action action, List<UUID> path) {
        List<Grant> granting = byAction.getOrDefault(action, List.of());
        return !granting.isEmpty() && !path.isEmpty() && standing.meets(granting, path, clock.instant());
    }

    List<UnitId> reach(Standing standing, Action action) {
        return standing.reach(byAction.getOrDefault(action, List.of()), clock.instant());
    }

    List<Role> roles() {
        return roles;
    }

    boolean declares(Role role) {
        return roles.contains(role);
    }
}
