package org.iops.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Merging a chapter and ending a role "now" cannot be undone, so each takes a confirmation step. */
class ConfirmationTests extends UnitsIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitFixtures fixtures;
    @Autowired
    Permissions permissions;
    @Autowired
    JdbcClient jdbc;

    @Test
    void endingARoleNowAsksFirstAndEndsOnlyWhenConfirmed() throws Exception {
        UUID member = fixtures.memberIn("NO", UnitFixtures.unique("Bergen"));
        UUID chapter = fixtures.chapterOf(member);
        UUID admin = fixtures.memberWithRole(Role.ADMIN, fixtures.branchOf(member));
        fixtures.grant(member, Role.MODERATOR, chapter);
        UUID term = jdbc.sql("SELECT id FROM unit_roles WHERE member_id = ? AND unit_id = ?").params(member, chapter)
                .query(UUID.class).single();

        String adminPage = page("/units/" + chapter + "/admin", admin);
        assertThat(adminPage).contains("href=\"/units/" + chapter + "/roles/" + term + "/end\"");
        // a post that did not come from the confirmation step changes nothing and shows that step
        mvc.perform(post("/units/" + chapter + "/roles/" + term + "/end").with(fixtures.as(admin)).with(csrf()))
                .andExpect(redirectedUrl("/units/" + chapter + "/roles/" + term + "/end"));
        assertThat(permissions.holds(member, Role.MODERATOR, new UnitId(chapter))).isTrue();

        String confirm = page("/units/" + chapter + "/roles/" + term + "/end", admin);
        assertThat(confirm).contains("End the Moderator role of").contains("This cannot be undone.")
                .contains("name=\"confirmed\" value=\"yes\"").contains("End the role now");
        mvc.perform(get("/units/" + chapter + "/roles/" + term + "/end").with(fixtures.as(member))).andExpect(status().isForbidden());

        mvc.perform(post("/units/" + chapter + "/roles/" + term + "/end").with(fixtures.as(admin)).with(csrf())
                .param("confirmed", "yes")).andExpect(redirectedUrl("/units/" + chapter + "/admin"));
        assertThat(permissions.holds(member, Role.MODERATOR, new UnitId(chapter))).isFalse();
    }

    @Test
    void mergingAsksFirstWithTheLikeliestDuplicateSelected() throws Exception {
        String suffix = UnitFixtures.unique("").strip();
        UUID typo = fixtures.chapterOf(fixtures.memberIn("PY", "Sao Paolo " + suffix));
        UUID saoPaulo = fixtures.chapterOf(fixtures.memberIn("PY", "São Paulo " + suffix));
        UUID other = fixtures.chapterOf(fixtures.memberIn("PY", "Asunción " + suffix));
        UUID admin = fixtures.memberWithRole(Role.ADMIN, fixtures.branchOf(fixtures.memberIn("PY", "Luque " + suffix)));

        // the admin screen and the confirmation step both select the chapter whose name is nearest
        assertThat(page("/units/" + typo + "/admin", admin)).containsPattern("<option value=\"" + saoPaulo + "\" selected");
        assertThat(page("/units/" + typo + "/merge", admin)).containsPattern("<option value=\"" + saoPaulo + "\" selected")
                .contains("This cannot be undone.").contains("Merge now");
        // a target chosen on the admin screen stays chosen
        assertThat(page("/units/" + typo + "/merge?target=" + other, admin))
                .containsPattern("<option value=\"" + other + "\" selected");

        mvc.perform(post("/units/" + typo + "/merge").with(fixtures.as(admin)).with(csrf()).param("target", saoPaulo.toString()))
                .andExpect(redirectedUrl("/units/" + typo + "/merge?target=" + saoPaulo));
        assertThat(fixtures.status(typo)).isEqualTo("PROVISIONAL");

        mvc.perform(post("/units/" + typo + "/merge").with(fixtures.as(admin)).with(csrf()).param("target", saoPaulo.toString())
                .param("confirmed", "yes")).andExpect(redirectedUrl("/units/" + saoPaulo + "/admin"));
        assertThat(fixtures.status(typo)).isEqualTo("MERGED");
    }

    private String page(String path, UUID as) throws Exception {
        return mvc.perform(get(path).with(fixtures.as(as)).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
