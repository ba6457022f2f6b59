package org.iops.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.iops.members.MembersIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/** Admins of a member's branch suspend, reinstate and remove the member's account; nobody else may. */
class MemberModerationTests extends MembersIntegrationTest {

    @Autowired
    UnitDirectory units;

    private String town() {
        return "Lagos " + UUID.randomUUID().toString().substring(0, 6);
    }

    private Cookie adminOf(UUID unit, String country) throws Exception {
        String email = newEmail("admin");
        UUID admin = verifiedMember(email, "Ade Admin", country, "Abuja");
        db.sql("INSERT INTO unit_roles (id, unit_id, member_id, role, starts_at) VALUES (?, ?, ?, 'ADMIN', now() - interval '1 minute')")
                .params(UUID.randomUUID(), unit, admin).update();
        return login(email, PASSWORD);
    }

    private MockHttpServletResponse loginAttempt(String email) throws Exception {
        return perform(post("/login").with(csrf()).param("email", email).param("password", PASSWORD));
    }

    @Test
    void aSuspendedMemberCannotLogInIsSignedOutAndListedNowhereUntilReinstated() throws Exception {
        String email = newEmail("spammer");
        String town = town();
        UUID spammer = verifiedMember(email, "Spam King", "NG", town);
        Placement placement = units.placementOf(spammer).orElseThrow();
        Cookie spammerSession = login(email, PASSWORD);
        Cookie admin = adminOf(placement.branch().id().value(), "NG");
        assertThat(perform(get("/members/" + spammer).cookie(admin)).getContentAsString()).contains("Suspend this member");

        assertThat(perform(post("/members/" + spammer + "/suspend").with(csrf()).cookie(admin)).getRedirectedUrl())
                .isEqualTo("/members/" + spammer);

        var refused = mvc.perform(post("/login").with(csrf()).param("email", email).param("password", PASSWORD))
                .andReturn();
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        var request = get("/login").param("error", "");
        Cookie cookie = refused.getResponse().getCookie("SESSION");
        request = cookie != null ? request.cookie(cookie)
                : request.session((org.springframework.mock.web.MockHttpSession) refused.getRequest().getSession(false));
        assertThat(perform(request).getContentAsString()).contains("suspended by an admin of your branch");
        assertThat(perform(get("/me").cookie(spammerSession)).getStatus()).as("old session ended").isNotEqualTo(200);
        assertThat(perform(get(placement.chapter().path()).cookie(admin)).getContentAsString()).doesNotContain("Spam King");
        assertThat(perform(get("/members/" + spammer)).getStatus()).isEqualTo(404);
        assertThat(count("SELECT count(*) FROM unit_audit WHERE unit_id = ? AND action = 'MEMBER_SUSPENDED' "
                + "AND subject_member_id = ? AND actor_id IS NOT NULL", placement.branch().id().value(), spammer)).isOne();

        assertThat(perform(post("/members/" + spammer + "/reinstate").with(csrf()).cookie(admin)).getStatus())
                .isEqualTo(302);
        assertThat(loginAttempt(email).getRedirectedUrl()).isEqualTo("/me");
        assertThat(count("SELECT count(*) FROM unit_audit WHERE action = 'MEMBER_REINSTATED' AND subject_member_id = ?",
                spammer)).isOne();
    }

    @Test
    void onlyAdminsOfTheMembersBranchMaySuspendAndNeverAnAdminOfTheBranch() throws Exception {
        String email = newEmail("target");
        UUID target = verifiedMember(email, "Tari", "NG", town());
        Placement placement = units.placementOf(target).orElseThrow();
        String memberEmail = newEmail("neighbour");
        verifiedMember(memberEmail, "Neighbour", "NG", town());
        Cookie plainMember = login(memberEmail, PASSWORD);
        UUID otherBranch = units.placementOf(verifiedMember(newEmail("gh"), "Kofi", "GH", "Accra")).orElseThrow()
                .branch().id().value();
        Cookie foreignAdmin = adminOf(otherBranch, "GH");
        Cookie chapterAdmin = adminOf(placement.chapter().id().value(), "NG");

        for (Cookie reader : new Cookie[] {plainMember, foreignAdmin, chapterAdmin}) {
            assertThat(perform(post("/members/" + target + "/suspend").with(csrf()).cookie(reader)).getStatus())
                    .isEqualTo(403);
            assertThat(perform(get("/members/" + target).cookie(reader)).getContentAsString())
                    .doesNotContain("Suspend this member");
        }
        assertThat(perform(post("/members/" + target + "/suspend").with(csrf())).getRedirectedUrl())
                .as("a visitor is sent to sign in").contains("/login");
        assertThat(loginAttempt(email).getRedirectedUrl()).isEqualTo("/me");

        // a branch admin cannot suspend a fellow admin of the branch
        String fellowEmail = newEmail("fellow");
        UUID fellow = verifiedMember(fellowEmail, "Fellow", "NG", town());
        db.sql("INSERT INTO unit_roles (id, unit_id, member_id, role, starts_at) VALUES (?, ?, ?, 'ADMIN', now() - interval '1 minute')")
                .params(UUID.randomUUID(), placement.branch().id().value(), fellow).update();
        Cookie branchAdmin = adminOf(placement.branch().id().value(), "NG");
        assertThat(perform(post("/members/" + fellow + "/suspend").with(csrf()).cookie(branchAdmin)).getStatus())
                .isEqualTo(403);
    }

    @Test
    void removingAMemberIsConfirmedFirstThenDeletesTheAccountAndIsRecorded() throws Exception {
        String email = newEmail("removed");
        UUID member = verifiedMember(email, "Rem Oved", "NG", town());
        UUID branch = units.placementOf(member).orElseThrow().branch().id().value();
        Cookie admin = adminOf(branch, "NG");

        String confirm = perform(get("/members/" + member + "/remove").cookie(admin)).getContentAsString();
        assertThat(confirm).contains("This cannot be undone").contains("action=\"/members/" + member + "/remove\"");
        assertThat(count("SELECT count(*) FROM member WHERE id = ? AND deleted_at IS NULL", member))
                .as("asking changes nothing").isOne();

        assertThat(perform(post("/members/" + member + "/remove").with(csrf()).cookie(admin)).getStatus()).isEqualTo(302);
        assertThat(count("SELECT count(*) FROM member WHERE id = ? AND deleted_at IS NOT NULL AND email IS NULL", member))
                .isOne();
        assertThat(units.placementOf(member)).isEmpty();
        assertThat(count("SELECT count(*) FROM unit_audit WHERE unit_id = ? AND action = 'MEMBER_REMOVED' "
                + "AND actor_id IS NOT NULL", branch)).isOne();
        assertThat(loginAttempt(email).getRedirectedUrl()).isEqualTo("/login?error");
    }
}
