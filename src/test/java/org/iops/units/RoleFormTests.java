package org.iops.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.iops.members.MembersIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The role form offers only the members the admin administers, found by name: it cannot be used to test email
 * addresses of members elsewhere, and it cannot give them a role.
 */
class RoleFormTests extends MembersIntegrationTest {

    String town;
    UUID chapter;
    Cookie admin;
    UUID local;
    String elsewhereEmail;
    UUID elsewhere;

    @BeforeEach
    void chapterWithAnAdmin() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        town = "Ghent " + suffix;
        local = verifiedMember(newEmail("local"), "Lotte Local " + suffix, "BE", town);
        chapter = db.sql("SELECT chapter_id FROM member_placements WHERE member_id = ?").param(local)
                .query(UUID.class).single();
        String adminEmail = newEmail("chapter-admin");
        UUID adminId = verifiedMember(adminEmail, "Chapter Admin", "BE", town);
        db.sql("INSERT INTO unit_roles (id, unit_id, member_id, role, starts_at) VALUES (?, ?, ?, 'ADMIN', now() - interval '1 minute')")
                .params(UUID.randomUUID(), chapter, adminId).update();
        admin = login(adminEmail, PASSWORD);
        elsewhereEmail = newEmail("elsewhere");
        elsewhere = verifiedMember(elsewhereEmail, "Elsa Elsewhere " + suffix, "FR", "Lille " + suffix);
    }

    private String search(String query) throws Exception {
        MockHttpServletResponse response = perform(get("/units/" + chapter + "/admin").param("q", query).cookie(admin));
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    private MockHttpServletResponse assign(String member) throws Exception {
        return perform(post("/units/" + chapter + "/roles").with(csrf()).cookie(admin)
                .param("member", member).param("role", "MODERATOR"));
    }

    private long rolesOf(UUID member) {
        return count("SELECT count(*) FROM unit_roles WHERE member_id = ?", member);
    }

    @Test
    void anAdminFindsAMemberOfTheChapterByNameAndSeesTheirTown() throws Exception {
        String page = search("lotte");
        assertThat(page).contains("Lotte Local").contains(town).contains("value=\"" + local + "\"");
        assertThat(page).doesNotContain("member number");
        assertThat(assign(local.toString()).getRedirectedUrl()).isEqualTo("/units/" + chapter + "/admin");
        assertThat(rolesOf(local)).isOne();
    }

    @Test
    void theAddressOfAMemberElsewhereAnswersExactlyLikeAnUnknownAddressAndGivesNoRole() throws Exception {
        String unknown = newEmail("nobody");
        String forElsewhere = search(elsewhereEmail).replace(elsewhereEmail, "ADDRESS");
        String forUnknown = search(unknown).replace(unknown, "ADDRESS");
        assertThat(forElsewhere).doesNotContain("Elsa Elsewhere").doesNotContain(elsewhere.toString())
                .contains("No member of");
        assertThat(forElsewhere.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", ""))
                .isEqualTo(forUnknown.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", ""));
        assertThat(search("Elsa")).doesNotContain("Elsa Elsewhere");

        // posting her address or her id (public on profile links) is refused like any stranger's
        for (String attempt : new String[] {elsewhereEmail, elsewhere.toString(), UUID.randomUUID().toString(), unknown}) {
            MockHttpServletResponse refused = assign(attempt);
            assertThat(refused.getStatus()).as(attempt).isEqualTo(422);
            assertThat(refused.getContentAsString()).contains("Choose a member of this unit from the search results.");
        }
        assertThat(rolesOf(elsewhere)).isZero();
    }

    @Test
    void controlCharactersInTheSearchOrTheMemberFieldAreRefusedOnTheFormNotAServerError() throws Exception {
        assertThat(search("lot\u0000te")).contains("Lotte Local");
        MockHttpServletResponse answer = perform(post("/units/" + chapter + "/roles").with(csrf()).cookie(admin)
                .param("member", "a\u0000b\u001b").param("role", "MODERATOR").param("q", "lotte\u0000"));
        assertThat(answer.getStatus()).isEqualTo(422);
        assertThat(answer.getContentAsString()).contains("Lotte Local");
        assertThat(rolesOf(local)).isZero();
    }
}
