package org.iops.units.tree;

import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.iops.demo.BulkCopy;
import org.iops.demo.DemoContribution;
import org.iops.demo.DemoLoad;
import org.iops.demo.DemoMember;
import org.iops.demo.DemoUnit;
import org.iops.units.UnitDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo members' places in the tree and the roles they hold. Only confirmed members are placed, as in the real
 * join (placement on confirmation). Roles: the demo admin is admin of the international, with a committee of
 * twelve; an admin per branch; an admin (and sometimes a moderator) in every active chapter, each in the audit log.
 */
@Component
@Order(300)
@ConditionalOnProperty("iops.demo.members")
class DemoPlacements implements DemoContribution {

    private final UnitDirectory units;

    DemoPlacements(UnitDirectory units) {
        this.units = units;
    }

    @Override
    public void write(DemoLoad load) throws SQLException {
        // per chapter, its first two confirmed members: they get the chapter's roles
        Map<DemoUnit, List<UUID>> firstTwo = new LinkedHashMap<>();
        try (BulkCopy placements = load.copy("member_placements", "member_id, branch_id, chapter_id, placed_at");
                BulkCopy memberships = load.copy("unit_memberships", "id, member_id, unit_id, kind, since")) {
            for (DemoMember member : load.members()) {
                if (!member.confirmed()) {
                    continue;
                }
                DemoUnit chapter = member.chapter();
                placements.row(member.id(), chapter.branch().id(), chapter.id(), member.joinedAt());
                memberships.row(load.uuid(), member.id(), chapter.branch().id(), "RESIDENCE", member.joinedAt());
                memberships.row(load.uuid(), member.id(), chapter.id(), "RESIDENCE", member.joinedAt());
                List<UUID> first = firstTwo.computeIfAbsent(chapter, c -> new ArrayList<>(2));
                if (first.size() < 2) {
                    first.add(member.id());
                }
            }
        }
        writeRoles(load, firstTwo);
    }

    private static void writeRoles(DemoLoad load, Map<DemoUnit, List<UUID>> firstTwo) throws SQLException {
        Random random = load.random();
        try (BulkCopy roles = load.copy("unit_roles", "id, unit_id, member_id, role, starts_at, granted_by");
                BulkCopy audit = load.copy("unit_audit", "unit_id, at, actor_id, action, subject_member_id, detail")) {
            if (!load.members().isEmpty()) {
                grant(load, roles, audit, DemoLoad.INTERNATIONAL, load.members().get(0).id(), "ADMIN");
            }
            List<UUID> committee = new ArrayList<>();
            for (DemoUnit branch : load.branches()) {
                UUID branchAdmin = load.chapters().stream().filter(c -> c.branch() == branch)
                        .map(c -> first(firstTwo, c, 0)).filter(m -> m != null).findFirst().orElse(null);
                if (branchAdmin != null) {
                    grant(load, roles, audit, branch.id(), branchAdmin, "ADMIN");
                    if (committee.size() < 12) {
                        committee.add(branchAdmin);
                    }
                }
            }
            for (UUID member : committee) {
                grant(load, roles, audit, DemoLoad.INTERNATIONAL, member, "COMMITTEE_MEMBER");
            }
            for (DemoUnit chapter : load.chapters()) {
                UUID second = first(firstTwo, chapter, 1);
                if (chapter.status().equals("ACTIVE") && second != null) {
                    grant(load, roles, audit, chapter.id(), second, "ADMIN");
                    if (random.nextInt(3) == 0) {
                        grant(load, roles, audit, chapter.id(), first(firstTwo, chapter, 0), "MODERATOR");
                    }
                }
            }
        }
    }

    private static @Nullable UUID first(Map<DemoUnit, List<UUID>> firstTwo, DemoUnit chapter, int which) {
        List<UUID> members = firstTwo.getOrDefault(chapter, List.of());
        return members.size() > which ? members.get(which) : null;
    }

    private static void grant(DemoLoad load, BulkCopy roles, BulkCopy audit, UUID unit, @Nullable UUID member,
            String role) throws SQLException {
        Random random = load.random();
        Instant since = LocalDate.of(2020 + random.nextInt(6), 1 + random.nextInt(12), 1 + random.nextInt(28))
                .atStartOfDay().toInstant(ZoneOffset.UTC);
        roles.row(load.uuid(), unit, member, role, since, null);
        audit.row(unit, since, null, "ROLE_ASSIGNED", member, role);
    }

    @Override
    public void wipe(DemoLoad load) throws SQLException {
        try (Statement wipe = load.connection().createStatement()) {
            wipe.execute("TRUNCATE member_placements, unit_memberships, unit_roles, unit_audit CASCADE");
        }
    }

    /** Every unit's kept member count, from the memberships just written. */
    @Override
    public void loaded() {
        units.recountMembers();
    }
}
