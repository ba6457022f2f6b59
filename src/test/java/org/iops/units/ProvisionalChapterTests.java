package org.iops.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.iops.members.MembersIntegrationTest;
import org.iops.members.Outbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A sign-up cannot put a chapter of its choice on the public pages: members are placed when their address is
 * confirmed, and the branch's admins can hide a chapter nobody founded, or delete it once nobody lives in it.
 */
class ProvisionalChapterTests extends MembersIntegrationTest {

    @Autowired
    UnitDirectory units;

    private String spamTown() {
        return "BUY CHEAP PILLS www.spam-example.com " + UUID.randomUUID().toString().substring(0, 6);
    }

    private String publicPage(String path) throws Exception {
        var response = perform(get(path));
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    private UnitId branchOf(String country) throws Exception {
        UUID someone = verifiedMember(newEmail("resident"), "Resident", country, "Fortaleza");
        return units.placementOf(someone).orElseThrow().branch().id();
    }

    private Cookie branchAdmin(UnitId branch) throws Exception {
        String email = newEmail("branch-admin");
        UUID admin = verifiedMember(email, "Bea Branch", "BR", "Recife");
        db.sql("INSERT INTO unit_roles (id, unit_id, member_id, role, starts_at) VALUES (?, ?, ?, 'ADMIN', now() - interval '1 minute')")
                .params(UUID.randomUUID(), branch.value(), admin).update();
        return login(email, PASSWORD);
    }

    @Test
    void anUnconfirmedSignUpWithASpamTownAppearsNowhereAndAfterConfirmingAsProvisional() throws Exception {
        UnitId branch = branchOf("BR");
        String spam = spamTown();
        OrganizationFigures before = units.figures();
        String email = newEmail("spammer");
        assertThat(perform(joinRequest(email, "Spammer", "BR", spam)).getRedirectedUrl()).isEqualTo("/join/sent");

        assertThat(count("SELECT count(*) FROM units WHERE name = ?", spam)).as("no chapter made").isZero();
        assertThat(publicPage("/units/" + branch)).doesNotContain(spam);
        assertThat(units.figures()).isEqualTo(before);

        perform(post(Outbox.latest(email, 1).link("/verify/")).with(csrf()));
        Placement placement = units.placementOf(memberId(email)).orElseThrow();
        assertThat(placement.chapter().name()).isEqualTo(spam);
        assertThat(placement.chapter().status()).isEqualTo(UnitStatus.PROVISIONAL);
        assertThat(publicPage("/units/" + branch)).contains(spam);
        assertThat(units.figures().provisionalChapters()).isEqualTo(before.provisionalChapters() + 1);
    }

    @Test
    void aChapterHiddenByABranchAdminDisappearsFromPublicPagesAndFiguresAndIsRecorded() throws Exception {
        UnitId branch = branchOf("BR");
        Cookie admin = branchAdmin(branch);
        String spam = spamTown();
        String email = newEmail("spammer");
        UUID spammer = verifiedMember(email, "Spammer", "BR", spam);
        UnitRef chapter = units.placementOf(spammer).orElseThrow().chapter();
        Cookie elsewhere = login(newMemberElsewhere(), PASSWORD);
        OrganizationFigures shown = units.figures();
        String branches = publicPage("/branches");

        assertThat(perform(post(chapter.path() + "/visibility").with(csrf()).cookie(admin).param("hidden", "true"))
                .getRedirectedUrl()).isEqualTo(chapter.path() + "/admin");

        assertThat(publicPage("/units/" + branch)).doesNotContain(spam);
        assertThat(perform(get(chapter.path())).getStatus()).as("visitor").isEqualTo(404);
        assertThat(perform(get(chapter.path()).cookie(elsewhere)).getStatus())
                .as("a member elsewhere").isEqualTo(404);
        assertThat(units.figures().provisionalChapters()).isEqualTo(shown.provisionalChapters() - 1);
        assertThat(units.figures().chapters()).isEqualTo(shown.chapters() - 1);
        assertThat(publicPage("/branches")).isNotEqualTo(branches);
        // the admins still find it, on the country page and at its address, and the log says who hid it
        assertThat(perform(get("/units/" + branch).cookie(admin)).getContentAsString()).contains(spam);
        assertThat(perform(get(chapter.path() + "/admin").cookie(admin)).getContentAsString())
                .contains("Hidden: this chapter is not shown");
        assertThat(count("SELECT count(*) FROM unit_audit WHERE unit_id = ? AND action = 'CHAPTER_HIDDEN' "
                + "AND actor_id IS NOT NULL", chapter.id().value())).isOne();
        // a plain member may not hide chapters
        Cookie spammerSession = login(email, PASSWORD);
        assertThat(perform(post(chapter.path() + "/visibility").with(csrf()).cookie(spammerSession)
                .param("hidden", "false")).getStatus()).isEqualTo(403);
        assertThat(perform(get(chapter.path()).cookie(spammerSession)).getStatus()).as("its member").isEqualTo(200);

        perform(post(chapter.path() + "/visibility").with(csrf()).cookie(admin).param("hidden", "false"));
        assertThat(publicPage("/units/" + branch)).contains(spam);
    }

    @Test
    void aNeverFoundedChapterNobodyLivesInIsDeletedForGoodAfterConfirmation() throws Exception {
        UnitId branch = branchOf("BR");
        Cookie admin = branchAdmin(branch);
        String spam = spamTown();
        String email = newEmail("spammer");
        UUID spammer = verifiedMember(email, "Spammer", "BR", spam);
        UnitRef chapter = units.placementOf(spammer).orElseThrow().chapter();

        assertThat(perform(post(chapter.path() + "/delete").with(csrf()).cookie(admin)).getStatus())
                .as("someone lives there").isEqualTo(422);
        assertThat(units.find(chapter.id())).isPresent();

        perform(post("/me/residence").with(csrf()).cookie(login(email, PASSWORD))
                .param("country", "BR").param("locality", "Fortaleza").param("neighbourhood", ""));
        String confirm = perform(get(chapter.path() + "/delete").cookie(admin)).getContentAsString();
        assertThat(confirm).contains("cannot be undone").contains("action=\"" + chapter.path() + "/delete\"");
        assertThat(perform(post(chapter.path() + "/delete").with(csrf()).cookie(admin)).getRedirectedUrl())
                .isEqualTo("/units/" + branch + "/admin");

        assertThat(units.find(chapter.id())).isEmpty();
        assertThat(perform(get(chapter.path())).getStatus()).isEqualTo(404);
        assertThat(count("SELECT count(*) FROM unit_audit WHERE unit_id = ? AND action = 'CHAPTER_DELETED' "
                + "AND detail = ?", branch.value(), spam)).isOne();
        assertThat(count("SELECT count(*) FROM unit_audit WHERE unit_id = ? AND action = 'CHAPTER_CREATED' "
                + "AND subject_member_id = ?", branch.value(), spammer)).as("its history moved to the branch").isOne();
    }

    private String newMemberElsewhere() throws Exception {
        String email = newEmail("elsewhere");
        verifiedMember(email, "Elsewhere", "PT", "Porto");
        return email;
    }
}
