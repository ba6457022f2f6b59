package org.iops.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.iops.ApplicationTest;
import org.iops.members.account.Accounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who holds a role, as the units module answers it for a committee's roll or a notice to the committee: only terms
 * running now, never an erased account, in the unit itself or also above it.
 */
@ApplicationTest
class RoleRosterTests {

    /** PostgreSQL's uuid order: that of the ids' text. */
    private static final Comparator<UUID> POSTGRESQL_ORDER = Comparator.comparing(UUID::toString);

    private static final Role TREASURER = new Role("TEST_ROSTER_TREASURER");

    @Autowired
    RoleRoster roster;

    @Autowired
    UnitFixtures fixtures;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    private void endTerm(UUID member) {
        jdbc.sql("UPDATE unit_roles SET ends_at = now() - interval '1 hour' WHERE member_id = ?").param(member).update();
    }

    private void startTomorrow(UUID member) {
        jdbc.sql("UPDATE unit_roles SET starts_at = now() + interval '1 day' WHERE member_id = ?").param(member)
                .update();
    }

    @Test
    void aUnitsRoleHoldersAreThoseWhoseTermRunsNowInThatUnit() {
        UUID holder = fixtures.memberIn("PT", UnitFixtures.unique("Braga"));
        UUID chapter = fixtures.chapterOf(holder);
        UUID branch = fixtures.branchOf(holder);
        UUID ended = fixtures.memberWithRole(TREASURER, chapter);
        UUID future = fixtures.memberWithRole(TREASURER, chapter);
        UUID inBranch = fixtures.memberWithRole(TREASURER, branch);
        UUID otherRole = fixtures.memberWithRole(Role.MODERATOR, chapter);
        fixtures.grant(holder, TREASURER, chapter);
        fixtures.grant(holder, TREASURER, chapter); // a second term running at once counts once
        endTerm(ended);
        startTomorrow(future);

        assertThat(roster.holders(TREASURER, new UnitId(chapter))).containsExactly(holder);
        assertThat(roster.holders(TREASURER, new UnitId(branch))).containsExactly(inBranch);
        assertThat(roster.holdersInOrAbove(TREASURER, new UnitId(chapter)))
                .containsExactlyInAnyOrder(holder, inBranch).isSortedAccordingTo(POSTGRESQL_ORDER);
        assertThat(roster.holdersInOrAbove(TREASURER, new UnitId(branch))).containsExactly(inBranch);
        assertThat(roster.holdersAnywhere(TREASURER)).contains(holder, inBranch).doesNotContain(ended, future, otherRole);
        assertThat(roster.holders(TREASURER, new UnitId(UUID.randomUUID()))).isEmpty();
        assertThat(roster.holdersInOrAbove(TREASURER, new UnitId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void anErasedMemberHoldsNothing() {
        UUID member = fixtures.memberIn("PT", UnitFixtures.unique("Faro"));
        UUID chapter = fixtures.chapterOf(member);
        fixtures.grant(member, Role.COMMITTEE_MEMBER, chapter);
        assertThat(roster.holders(Role.COMMITTEE_MEMBER, new UnitId(chapter))).containsExactly(member);

        accounts.delete(member);

        assertThat(roster.holders(Role.COMMITTEE_MEMBER, new UnitId(chapter))).isEmpty();
        assertThat(roster.holdersAnywhere(Role.COMMITTEE_MEMBER)).doesNotContain(member);
    }

    @Test
    void theInternationalsCommitteeIsListedInIdOrder() {
        List<UUID> before = roster.holders(Role.COMMITTEE_MEMBER, UnitId.INTERNATIONAL);
        UUID first = fixtures.memberWithRole(Role.COMMITTEE_MEMBER, UnitId.INTERNATIONAL.value());
        UUID second = fixtures.memberWithRole(Role.COMMITTEE_MEMBER, UnitId.INTERNATIONAL.value());
        try {
            List<UUID> after = roster.holders(Role.COMMITTEE_MEMBER, UnitId.INTERNATIONAL);
            assertThat(after).containsAll(before).contains(first, second).hasSize(before.size() + 2).isSortedAccordingTo(POSTGRESQL_ORDER);
        } finally {
            fixtures.endRoles(first);
            fixtures.endRoles(second);
        }
    }
}
