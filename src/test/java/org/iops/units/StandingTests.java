package org.iops.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.UUID;
import org.iops.members.MemberResidenceChanged;
import org.iops.units.tree.RoleBook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The reader's standing is read once and kept across requests: a role written behind the role book's back is not
 * seen until something drops the copy, while every change the role book makes, and every move a member makes, is
 * seen by the very next request. Roles are data: a role nobody declared cannot be given.
 */
class StandingTests extends UnitsIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitFixtures fixtures;
    @Autowired
    Permissions permissions;
    @Autowired
    RoleBook roles;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    org.iops.units.tree.ChosenMemberships chosen;
    @Autowired
    org.iops.units.tree.Structure structure;

    private int adminScreen(UUID chapter, UUID reader) throws Exception {
        return mvc.perform(get("/units/" + chapter + "/admin").with(fixtures.as(reader))).andReturn().getResponse()
                .getStatus();
    }

    @Test
    void theStandingIsKeptAcrossRequestsAndDroppedByEveryRoleChange() throws Exception {
        UUID member = fixtures.memberIn("EC", UnitFixtures.unique("Cuenca"));
        UUID chapter = fixtures.chapterOf(member);
        UUID admin = fixtures.internationalAdmin();
        assertThat(adminScreen(chapter, member)).isEqualTo(403);

        // behind the role book's back: the cached standing (no query per check) does not see it
        jdbc.sql("INSERT INTO unit_roles (id, unit_id, member_id, role, starts_at) VALUES (?, ?, ?, 'ADMIN', now() - interval '1 minute')")
                .params(UUID.randomUUID(), chapter, member).update();
        assertThat(adminScreen(chapter, member)).as("kept from the earlier request").isEqualTo(403);
        jdbc.sql("DELETE FROM unit_roles WHERE member_id = ?").param(member).update();

        // through the role book: RoleAssigned drops the copy once committed
        UUID term = roles.assign(admin, chapter, member, Role.ADMIN, null, null);
        assertThat(adminScreen(chapter, member)).isEqualTo(200);
        assertThat(permissions.may(member, UnitActions.ADMINISTER, new UnitId(chapter))).isTrue();

        roles.end(admin, chapter, term);
        assertThat(adminScreen(chapter, member)).as("RoleEnded drops it too").isEqualTo(403);
        assertThat(permissions.standingOf(member).holdsAnyRole(java.time.Instant.now())).isFalse();
    }

    @Test
    void aMoveIsSeenByTheNextRequestOfTheMemberWhoMoved() {
        UUID member = fixtures.memberIn("EC", UnitFixtures.unique("Loja"));
        UUID before = fixtures.chapterOf(member);
        assertThat(permissions.standingOf(member).memberships()).extracting(m -> m.unit().value()).contains(before);

        UUID otherMember = fixtures.memberIn("EC", UnitFixtures.unique("Ambato"));
        UUID after = fixtures.chapterOf(otherMember);
        jdbc.sql("UPDATE unit_memberships SET unit_id = ? WHERE member_id = ? AND unit_id = ? AND until IS NULL")
                .params(after, member, before).update();
        assertThat(permissions.standingOf(member).memberships()).extracting(m -> m.unit().value())
                .as("still the cached copy").contains(before);

        // what the accounts module publishes when a member moves
        events.publishEvent(new MemberResidenceChanged(member, new UnitId(fixtures.branchOf(otherMember)), new UnitId(after)));
        assertThat(permissions.standingOf(member).memberships()).extracting(m -> m.unit().value())
                .contains(after).doesNotContain(before);
    }

    @Test
    void joiningAChapterAndAMergeAreSeenByTheNextCheck() {
        UUID member = fixtures.memberIn("EC", UnitFixtures.unique("Manta"));
        UUID home = fixtures.chapterOf(member);
        UUID admin = fixtures.internationalAdmin();
        UUID branch = fixtures.branchOf(member);
        assertThat(permissions.standingOf(member).memberships()).extracting(m -> m.unit().value()).contains(home);

        // units' own events (ChapterJoined, ChapterMerged) drop the cached copies once committed
        org.iops.units.tree.Unit online = structure.addChapter(admin, branch, UnitFixtures.unique("Online"),
                ChapterKind.ONLINE);
        chosen.join(member, online.id());
        assertThat(permissions.standingOf(member).memberships()).extracting(m -> m.unit().value())
                .contains(home, online.id());

        UUID neighbour = fixtures.memberIn("EC", UnitFixtures.unique("Portoviejo"));
        UUID survivor = fixtures.chapterOf(neighbour);
        structure.merge(admin, home, survivor);
        assertThat(permissions.standingOf(member).memberships()).extracting(m -> m.unit().value())
                .contains(survivor).doesNotContain(home);
    }

    @Test
    void aRoleNoModuleDeclaredIsRefusedWithAClearMessageAndNothingIsWritten() throws Exception {
        UUID member = fixtures.memberIn("EC", UnitFixtures.unique("Manta"));
        UUID chapter = fixtures.chapterOf(member);
        UUID admin = fixtures.memberWithRole(Role.ADMIN, chapter);
        assertThat(permissions.roles()).startsWith(Role.ADMIN, Role.MODERATOR, Role.COMMITTEE_MEMBER)
                .doesNotContain(new Role("TREASURER"));

        for (String role : List.of("TREASURER", "not a role")) {
            MockHttpServletResponse response = mvc.perform(post("/units/" + chapter + "/roles").with(fixtures.as(admin))
                    .with(csrf()).param("member", member.toString()).param("role", role)).andReturn().getResponse();
            assertThat(response.getStatus()).as(role).isEqualTo(422);
            assertThat(response.getContentAsString()).contains("This value is not valid.");
        }
        assertThat(fixtures.count("SELECT count(*) FROM unit_roles WHERE member_id = ?", member)).isZero();
    }
}
