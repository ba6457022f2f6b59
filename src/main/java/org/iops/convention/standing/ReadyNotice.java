package org.iops.convention.standing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.iops.notifications.Delivery;
import org.iops.notifications.NotificationCatalog;
import org.iops.notifications.NotificationKind;
import org.iops.notifications.NotificationPlace;
import org.iops.notifications.Notifications;
import org.iops.notifications.Parameter;
import org.iops.units.Role;
import org.iops.units.RoleRoster;
import org.iops.units.UnitId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * When every precondition is met: every member is told (through the audience {@code units.members}, expanded after
 * the commit), and the committee (the international's {@code COMMITTEE}
 * role when a module declares it, else its admins) is told that the convention can be planned, once per version of
 * the preconditions. The row in {@code convention_ready} is the "once": a second computation, on this node or
 * another, finds it and sends nothing.
 */
@Component
public class ReadyNotice implements NotificationCatalog {

    public static final String MEMBERS = "convention.ready";
    public static final String COMMITTEE = "convention.readyCommittee";
    static final Role COMMITTEE_ROLE = Role.COMMITTEE_MEMBER;
    /** The units module's audience of a unit's members (the international's: everyone). */
    static final String UNIT_MEMBERS = "units.members";

    private final JdbcClient jdbc;
    private final RoleRoster roster;
    private final Notifications notifications;
    private final Clock clock;

    ReadyNotice(JdbcClient jdbc, RoleRoster roster, Notifications notifications, Clock clock) {
        this.jdbc = jdbc;
        this.roster = roster;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Override
    public List<NotificationKind> kinds() {
        return List.of(new NotificationKind(MEMBERS, Delivery.IMMEDIATELY),
                new NotificationKind(COMMITTEE, Delivery.IMMEDIATELY));
    }

    /** Tells everyone, if all is met and nobody was told for this version yet. Returns whether it told. */
    @Transactional
    public boolean announceIfReady(Standing standing) {
        if (!standing.allMet()) {
            return false;
        }
        Instant now = clock.instant();
        int first = jdbc.sql("INSERT INTO convention_ready (rule_version, met_at) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(standing.ruleVersion(), Timestamp.from(now)).update();
        if (first == 0) {
            return false;
        }
        Set<UUID> committee = committee();
        committee.forEach(member -> notifications.notify(member, COMMITTEE, "/convention", Parameter.recipientName()));
        // every member: one row here, told afterwards in batches; the committee was told as the committee
        notifications.notifyAudience(UNIT_MEMBERS, UnitId.INTERNATIONAL.toString(), committee, MEMBERS, "/convention",
                NotificationPlace.NONE, Parameter.recipientName());
        return true;
    }

    /** Whether members were told already for this version of the preconditions. */
    public boolean announced(int ruleVersion) {
        return jdbc.sql("SELECT count(*) FROM convention_ready WHERE rule_version = ?").param(ruleVersion)
                .query(Integer.class).single() > 0;
    }

    /** The holders of the committee's role in the international now, or its admins while it has no committee. */
    private Set<UUID> committee() {
        List<UUID> committee = roster.holders(COMMITTEE_ROLE, UnitId.INTERNATIONAL);
        return new HashSet<>(committee.isEmpty() ? roster.holders(Role.ADMIN, UnitId.INTERNATIONAL) : committee);
    }
}
