package org.iops.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Bad input on the units forms gets a clear message and a 4xx, and nothing is written. */
class UnitFormsTests extends UnitsIntegrationTest {

    private static final String SCRIPT = "<script>alert('x')</script><b>bold</b>";

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitFixtures fixtures;

    UUID admin;
    UUID member;
    UUID chapter;
    UUID branch;

    @BeforeEach
    void world() {
        admin = fixtures.internationalAdmin();
        member = fixtures.memberIn("CA", UnitFixtures.unique("Toronto"));
        chapter = fixtures.chapterOf(member);
        branch = fixtures.branchOf(member);
    }

    @Test
    void unknownUnitIsA404() throws Exception {
        mvc.perform(get("/units/" + UUID.randomUUID())).andExpect(status().isNotFound());
        mvc.perform(get("/units/not-a-unit")).andExpect(status().isNotFound());
        mvc.perform(get("/units/" + UUID.randomUUID() + "/admin").with(fixtures.as(admin))).andExpect(status().isNotFound());
        mvc.perform(get("/units/" + UUID.randomUUID() + "/audit").with(fixtures.as(admin))).andExpect(status().isNotFound());
        mvc.perform(post("/units/" + UUID.randomUUID() + "/aliases").with(fixtures.as(admin)).with(csrf()).param("name", "x"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/units/" + chapter + "/aliases/not-an-alias/remove").with(fixtures.as(admin)).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void forgedCsrfTokenIsRefusedAndNothingChanges() throws Exception {
        mvc.perform(post("/units/" + chapter + "/aliases").with(fixtures.as(admin)).with(csrf().useInvalidToken())
                        .param("name", "Forged"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/units/" + branch + "/regions").with(fixtures.as(admin)).param("name", "No token"))
                .andExpect(status().isForbidden());
        assertThat(fixtures.count("SELECT count(*) FROM unit_aliases WHERE chapter_id = ?", chapter)).isZero();
        assertThat(fixtures.count("SELECT count(*) FROM units WHERE parent_id = ? AND name = 'No token'", branch)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "long", "line\nbreak"})
    void emptyOrOverlongAliasIsRefusedOnTheForm(String kind) throws Exception {
        String alias = kind.equals("long") ? "x".repeat(10_000) : kind;
        String body = mvc.perform(post("/units/" + chapter + "/aliases").with(fixtures.as(admin)).with(csrf())
                        .param("name", alias))
                .andExpect(status().isUnprocessableEntity())
                .andReturn().getResponse().getContentAsString();
        assertThat(body).contains("aria-invalid=\"true\"").containsAnyOf("Enter a name.", "at most 120 characters");
        assertThat(body).doesNotContain("x".repeat(501));
        assertThat(fixtures.count("SELECT count(*) FROM unit_aliases WHERE chapter_id = ?", chapter)).isZero();
        assertThat(fixtures.count("SELECT count(*) FROM unit_audit WHERE unit_id = ? AND action = 'ALIAS_ADDED'", chapter)).isZero();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 10_000})
    void emptyOrHugeRegionNameIsRefused(int length) throws Exception {
        long before = fixtures.count("SELECT count(*) FROM units WHERE parent_id = ? AND level = 'REGION'", branch);
        mvc.perform(post("/units/" + branch + "/regions").with(fixtures.as(admin)).with(csrf()).param("name", "r".repeat(length)))
                .andExpect(status().isUnprocessableEntity());
        assertThat(fixtures.count("SELECT count(*) FROM units WHERE parent_id = ? AND level = 'REGION'", branch))
                .isEqualTo(before);
    }

    @Test
    void htmlInNamesIsShownAsText() throws Exception {
        mvc.perform(post("/units/" + branch + "/regions").with(fixtures.as(admin)).with(csrf()).param("name", SCRIPT))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/units/" + chapter + "/aliases").with(fixtures.as(admin)).with(csrf()).param("name", SCRIPT))
                .andExpect(status().is3xxRedirection());
        UUID scripted = fixtures.memberIn("CA", SCRIPT + " town");
        UUID scriptedChapter = fixtures.chapterOf(scripted);

        for (String page : new String[] {"/units/" + branch, "/units/" + chapter + "/admin", "/units/" + scriptedChapter,
                "/units/" + branch + "/audit", "/units/" + org.iops.units.tree.Unit.INTERNATIONAL + "/audit"}) {
            String body = mvc.perform(get(page).with(fixtures.as(admin))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(body).as(page).doesNotContain("<script>alert").doesNotContain("<b>bold</b>")
                    .contains("&lt;script&gt;");
        }
    }

    @Test
    void badFoundingDateIsRefusedAndTheChapterStaysProvisional() throws Exception {
        for (String date : new String[] {"", "not-a-date", "2999-01-01", "1890-05-05"}) {
            mvc.perform(post("/units/" + chapter + "/found").with(fixtures.as(admin)).with(csrf()).param("foundedOn", date))
                    .andExpect(status().isUnprocessableEntity())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("aria-invalid=\"true\"")));
        }
        assertThat(fixtures.status(chapter)).isEqualTo("PROVISIONAL");
    }

    @Test
    void roleForUnknownMemberOrWithEndBeforeStartIsRefused() throws Exception {
        mvc.perform(post("/units/" + chapter + "/roles").with(fixtures.as(admin)).with(csrf())
                        .param("member", "nobody@example.org").param("role", "ADMIN"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Choose a member of this unit from the search results.")));
        mvc.perform(post("/units/" + chapter + "/roles").with(fixtures.as(admin)).with(csrf())
                        .param("member", member.toString()).param("role", "ADMIN")
                        .param("start", "2026-06-01").param("end", "2026-05-01"))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(post("/units/" + chapter + "/roles").with(fixtures.as(admin)).with(csrf())
                        .param("member", member.toString()).param("role", "KING"))
                .andExpect(status().isUnprocessableEntity());
        assertThat(fixtures.count("SELECT count(*) FROM unit_roles WHERE unit_id = ?", chapter)).isZero();
    }

    @Test
    void mergingAChapterIntoItselfOrAnotherBranchIsRefused() throws Exception {
        UUID abroad = fixtures.chapterOf(fixtures.memberIn("MX", UnitFixtures.unique("Puebla")));
        for (String target : new String[] {chapter.toString(), abroad.toString(), "", "junk"}) {
            mvc.perform(post("/units/" + chapter + "/merge").with(fixtures.as(admin)).with(csrf()).param("target", target)
                            .param("confirmed", "yes"))
                    .andExpect(status().isUnprocessableEntity());
        }
        assertThat(fixtures.status(chapter)).isEqualTo("PROVISIONAL");
    }
}
