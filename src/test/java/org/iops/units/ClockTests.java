package org.iops.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.iops.TestClock;
import org.iops.units.tree.ChosenMemberships;
import org.iops.units.tree.RoleBook;
import org.iops.units.tree.Structure;
import org.iops.units.tree.Unit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The organization's time is the application's clock, never the database's: memberships, role terms and the audit
 * log follow a clock a test moves, as deadlines and frozen electorates will need.
 */
class ClockTests extends UnitsIntegrationTest {

    @Autowired
    TestClock clock;
    @Autowired
    UnitFixtures fixtures;
    @Autowired
    Structure structure;
    @Autowired
    ChosenMemberships chosen;
    @Autowired
    RoleBook roles;
    @Autowired
    Permissions permissions;
    @Autowired
    Memberships memberships;
    @Autowired
    JdbcClient jdbc;

    @Test
    void joiningLeavingAndRoleTermsHappenAtTheClocksTime() {
        UUID admin = fixtures.internationalAdmin();
        UUID member = fixtures.memberIn("PE", UnitFixtures.unique("Arequipa"));
        UUID branch = fixtures.branchOf(member);
        Unit online = structure.addChapter(admin, branch, UnitFixtures.unique("Online Perú"), ChapterKind.ONLINE);

        Instant later = Instant.now().plus(Duration.ofDays(40)).truncatedTo(ChronoUnit.SECONDS);
        clock.set(later);
        chosen.join(member, online.id());
        UnitId onlineId = new UnitId(online.id());
        assertThat(memberships.wasMemberAt(member, onlineId, later)).isTrue();
        assertThat(memberships.wasMemberAt(member, onlineId, later.minusSeconds(1)))
                .as("not a member before the clock's time of joining, though the database's time is earlier").isFalse();

        // a role given today (by the clock) and ending today counts today, and no longer two days later
        LocalDate today = LocalDate.ofInstant(later, ZoneOffset.UTC);
        roles.assign(admin, online.id(), member, Role.ADMIN, null, today);
        assertThat(permissions.may(member, UnitActions.ADMINISTER, onlineId)).isTrue();
        Instant startsAt = jdbc.sql("SELECT starts_at FROM unit_roles WHERE member_id = ? AND unit_id = ?")
                .params(member, online.id()).query(java.sql.Timestamp.class).single().toInstant();
        assertThat(startsAt).isEqualTo(later);
        Instant logged = jdbc.sql("SELECT max(at) FROM unit_audit WHERE unit_id = ? AND subject_member_id = ?")
                .params(online.id(), member).query(java.sql.Timestamp.class).single().toInstant();
        assertThat(logged).as("the audit log is written at the clock's time").isEqualTo(later);

        clock.advance(Duration.ofDays(2));
        assertThat(permissions.may(member, UnitActions.ADMINISTER, onlineId))
                .as("the term ended at the end of the day it was given for").isFalse();
        assertThat(roles.termsIn(online.id())).as("no current term by the clock").isEmpty();

        chosen.leave(member, online.id());
        assertThat(memberships.wasMemberAt(member, onlineId, later.plus(Duration.ofDays(1)))).isTrue();
        assertThat(memberships.wasMemberAt(member, onlineId, later.plus(Duration.ofDays(2)))).isFalse();
    }
}
