package org.iops.polls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import org.iops.ApplicationTest;
import org.iops.units.Action;
import org.iops.units.Permissions;
import org.iops.units.Role;
import org.iops.units.UnitFixtures;
import org.iops.units.UnitId;
import org.iops.units.tree.Unit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * {@code polls.open} and {@code polls.cancel} in chapter A, role by role (the style of {@code units.PermissionMatrixTests}): the service's
 * answer, the form over HTTP, and the poll it leaves (recorded with who opened it), or none.
 */
@ApplicationTest
class PollPermissionTests extends PollsTestBase {

    @Autowired
    Permissions permissions;

    @ParameterizedTest(name = "{0} opens a poll in chapter A: {1}")
    @CsvSource({"INTERNATIONAL_ADMIN, true", "BRANCH_ADMIN, true", "CHAPTER_ADMIN_OF_A, true",
            "CHAPTER_ADMIN_OF_B, false", "MODERATOR, false", "MEMBER_OF_A, false", "VISITOR, false"})
    void onlyAdminsOfTheUnitAndAboveOpenPolls(String who, boolean allowed) throws Exception {
        UUID memberOfA = fixtures.memberIn("NZ", UnitFixtures.unique("Alpha"));
        UUID a = fixtures.chapterOf(memberOfA);
        @Nullable UUID actor = actor(who, memberOfA);
        assertThat(permissions.may(actor, new Action("polls.open"), new UnitId(a))).as("service decision")
                .isEqualTo(allowed);

        MockHttpServletResponse form = mvc.perform(get("/units/" + a + "/polls/new").with(fixtures.as(actor)))
                .andReturn().getResponse();
        String question = UnitFixtures.unique("Shall we meet weekly?");
        MockHttpServletResponse response = mvc.perform(post("/units/" + a + "/polls/new").with(csrf())
                .with(fixtures.as(actor)).param("title", question).param("type", "YES_NO").param("days", "7")
                .param("seats", "1").param("quorum", "20").param("secrecy", "SECRET").param("weighting", "DIRECT")
                .param("threshold", "SIMPLE_MAJORITY").param("language", "en")).andReturn().getResponse();

        long opened = jdbc.sql("SELECT count(*) FROM polls WHERE unit_id = ? AND title = ? AND created_by IS NOT DISTINCT FROM ?")
                .params(a, question, actor).query(Long.class).single();
        if (allowed) {
            assertThat(form.getStatus()).isEqualTo(200);
            assertThat(form.getContentAsString()).contains("Open a poll");
            assertThat(response.getStatus()).isEqualTo(302);
            assertThat(response.getRedirectedUrl()).startsWith("/polls/");
            assertThat(opened).as("the poll, recorded with who opened it").isEqualTo(1);
        } else {
            if (actor == null) {
                assertThat(response.getRedirectedUrl()).as("a visitor is sent to sign in").endsWith("/login");
            } else {
                assertThat(form.getStatus()).isEqualTo(403);
                assertThat(response.getStatus()).isEqualTo(403);
            }
            assertThat(jdbc.sql("SELECT count(*) FROM polls WHERE title = ?").param(question).query(Long.class).single())
                    .isZero();
        }
    }


    @ParameterizedTest(name = "{0} cancels a poll of chapter A: {1}")
    @CsvSource({"INTERNATIONAL_ADMIN, true", "BRANCH_ADMIN, true", "CHAPTER_ADMIN_OF_A, true",
            "CHAPTER_ADMIN_OF_B, false", "MODERATOR, false", "MEMBER_OF_A, false", "VISITOR, false"})
    void onlyAdminsOfTheUnitAndAboveCancelPolls(String who, boolean allowed) throws Exception {
        UUID memberOfA = fixtures.memberIn("NZ", UnitFixtures.unique("Alpha"));
        UUID a = fixtures.chapterOf(memberOfA);
        @Nullable UUID actor = actor(who, memberOfA);
        assertThat(permissions.may(actor, new Action("polls.cancel"), new UnitId(a))).as("service decision")
                .isEqualTo(allowed);
        PollId poll = polls.open(PollFixtures.question(a, memberOfA, clock));

        MockHttpServletResponse form = mvc.perform(get("/polls/" + poll + "/cancel").with(fixtures.as(actor)))
                .andReturn().getResponse();
        MockHttpServletResponse response = mvc.perform(post("/polls/" + poll + "/cancel").with(csrf())
                .with(fixtures.as(actor)).param("reason", "Put by mistake")).andReturn().getResponse();

        long cancelled = jdbc.sql("SELECT count(*) FROM polls WHERE id = ? AND outcome = 'CANCELLED' "
                        + "AND cancel_reason = 'Put by mistake' AND cancelled_by IS NOT DISTINCT FROM ?")
                .params(poll.value(), actor).query(Long.class).single();
        if (allowed) {
            assertThat(form.getStatus()).isEqualTo(200);
            assertThat(response.getStatus()).isEqualTo(302);
            assertThat(cancelled).as("cancelled, recorded with who did it and why").isEqualTo(1);
        } else {
            if (actor == null) {
                assertThat(response.getRedirectedUrl()).as("a visitor is sent to sign in").endsWith("/login");
            } else {
                // a member of another chapter does not see the poll at all (404); those who see it may not cancel it
                assertThat(form.getStatus()).isIn(403, 404);
                assertThat(response.getStatus()).isEqualTo(form.getStatus());
            }
            assertThat(polls.find(poll).orElseThrow().outcome()).as("still open").isNull();
        }
    }

    /** The member in that place relative to chapter A (of {@code memberOfA}), made for the test; null: a visitor. */
    private @Nullable UUID actor(String who, UUID memberOfA) {
        UUID a = fixtures.chapterOf(memberOfA);
        UUID branch = fixtures.branchOf(memberOfA);
        return switch (who) {
            case "INTERNATIONAL_ADMIN" -> fixtures.memberWithRole(Role.ADMIN, Unit.INTERNATIONAL);
            case "BRANCH_ADMIN" -> fixtures.memberWithRole(Role.ADMIN, branch);
            case "CHAPTER_ADMIN_OF_A" -> fixtures.memberWithRole(Role.ADMIN, a);
            case "CHAPTER_ADMIN_OF_B" -> fixtures.memberWithRole(Role.ADMIN,
                    fixtures.chapterOf(fixtures.memberIn("NZ", UnitFixtures.unique("Beta"))));
            case "MODERATOR" -> fixtures.memberWithRole(Role.MODERATOR, branch);
            case "MEMBER_OF_A" -> memberOfA;
            default -> null;
        };
    }
}
