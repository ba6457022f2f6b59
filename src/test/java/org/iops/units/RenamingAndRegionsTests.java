package org.iops.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Branch admins rename chapters and regions (the old chapter name keeps working), remove empty regions, and never get two regions of one name. */
class RenamingAndRegionsTests extends UnitsIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitFixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    String country;
    UUID member;
    UUID chapter;
    UUID branch;
    UUID branchAdmin;

    @BeforeEach
    void world() {
        // every name is made unique, so tests in one branch never meet
        country = "BR";
        member = fixtures.memberIn(country, UnitFixtures.unique("Sao Paolo"));
        chapter = fixtures.chapterOf(member);
        branch = fixtures.branchOf(member);
        branchAdmin = fixtures.memberWithRole(Role.ADMIN, branch);
    }

    @Test
    void renamedChapterKeepsItsOldNameForMembersLinksAndTheAuditLog() throws Exception {
        String oldName = name(chapter);
        String newName = UnitFixtures.unique("São Paulo");
        mvc.perform(post("/units/" + chapter + "/rename").with(fixtures.as(branchAdmin)).with(csrf()).param("name", newName))
                .andExpect(redirectedUrl("/units/" + chapter + "/admin"));

        assertThat(name(chapter)).isEqualTo(newName);
        assertThat(mvc.perform(get("/units/" + chapter)).andReturn().getResponse().getContentAsString()).contains(newName);
        // someone who types the old name, in any case, lands in the renamed chapter; so does the new name
        assertThat(fixtures.chapterOf(fixtures.memberIn(country, oldName.toUpperCase()))).isEqualTo(chapter);
        assertThat(fixtures.chapterOf(fixtures.memberIn(country, newName))).isEqualTo(chapter);
        assertThat(fixtures.count("SELECT count(*) FROM unit_aliases WHERE chapter_id = ? AND alias = ?", chapter, oldName))
                .isOne();
        String audit = mvc.perform(get("/units/" + branch + "/audit").with(fixtures.as(branchAdmin)))
                .andReturn().getResponse().getContentAsString();
        assertThat(audit).contains("Renamed: " + oldName + " → " + newName);
    }

    @Test
    void aChapterCannotTakeTheNameOfAnotherChapterOfItsBranch() throws Exception {
        UUID other = fixtures.chapterOf(fixtures.memberIn(country, UnitFixtures.unique("Rio")));
        String before = name(chapter);
        String page = mvc.perform(post("/units/" + chapter + "/rename").with(fixtures.as(branchAdmin)).with(csrf())
                        .param("name", " " + name(other).toLowerCase() + " "))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Another chapter of this branch already has that name");
        assertThat(name(chapter)).isEqualTo(before);
    }

    @Test
    void onlyTheBranchsAdminsRenameAChapter() throws Exception {
        UUID chapterAdmin = fixtures.memberWithRole(Role.ADMIN, chapter);
        String before = name(chapter);
        mvc.perform(post("/units/" + chapter + "/rename").with(fixtures.as(chapterAdmin)).with(csrf()).param("name", "Mine"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/units/" + chapter + "/rename").with(fixtures.as(member)).with(csrf()).param("name", "Mine"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/units/" + branch + "/rename").with(fixtures.as(branchAdmin)).with(csrf()).param("name", "Country"))
                .andExpect(status().isForbidden());
        assertThat(name(chapter)).isEqualTo(before);
    }

    @Test
    void aDoubleSubmitMakesOneRegion() throws Exception {
        String region = UnitFixtures.unique("Região Sul");
        mvc.perform(post("/units/" + branch + "/regions").with(fixtures.as(branchAdmin)).with(csrf()).param("name", region))
                .andExpect(status().is3xxRedirection());
        String again = mvc.perform(post("/units/" + branch + "/regions").with(fixtures.as(branchAdmin)).with(csrf())
                        .param("name", "  " + region.toUpperCase().replace("Ã", "A") + " "))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
        assertThat(again).contains("This branch already has a region with that name.");
        assertThat(fixtures.count("SELECT count(*) FROM units WHERE parent_id = ? AND level = 'REGION' AND status = 'ACTIVE' "
                + "AND match_key = lower(?)", branch, region.replace("ã", "a"))).isOne();
        // the database itself refuses a second one, whatever wrote it
        UUID regionId = jdbc.sql("SELECT id FROM units WHERE parent_id = ? AND level = 'REGION' AND name = ?")
                .params(branch, region).query(UUID.class).single();
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO units (id, parent_id, level, status, name, branch_id, match_key, path) "
                        + "SELECT ?, parent_id, level, status, name, branch_id, match_key, path FROM units WHERE id = ?")
                .params(UUID.randomUUID(), regionId).update()).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void anEmptyRegionIsRemovedAndItsNameIsFreeAgain() throws Exception {
        String regionName = UnitFixtures.unique("Nordeste");
        mvc.perform(post("/units/" + branch + "/regions").with(fixtures.as(branchAdmin)).with(csrf()).param("name", regionName));
        UUID region = jdbc.sql("SELECT id FROM units WHERE parent_id = ? AND name = ?").params(branch, regionName)
                .query(UUID.class).single();
        mvc.perform(post("/units/" + chapter + "/move").with(fixtures.as(branchAdmin)).with(csrf()).param("target", region.toString()))
                .andExpect(status().is3xxRedirection());

        String refused = mvc.perform(post("/units/" + region + "/remove").with(fixtures.as(branchAdmin)).with(csrf()))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Move the chapters of this region elsewhere before removing it.");

        mvc.perform(post("/units/" + chapter + "/move").with(fixtures.as(branchAdmin)).with(csrf()).param("target", branch.toString()));
        mvc.perform(post("/units/" + region + "/remove").with(fixtures.as(member)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/units/" + region + "/remove").with(fixtures.as(branchAdmin)).with(csrf()))
                .andExpect(redirectedUrl("/units/" + branch + "/admin"));

        mvc.perform(get("/units/" + region)).andExpect(status().isNotFound());
        assertThat(mvc.perform(get("/units/" + branch)).andReturn().getResponse().getContentAsString()).doesNotContain(regionName);
        assertThat(mvc.perform(get("/units/" + branch + "/audit").with(fixtures.as(branchAdmin))).andReturn().getResponse()
                .getContentAsString()).contains("Region " + regionName + " removed");
        mvc.perform(post("/units/" + branch + "/regions").with(fixtures.as(branchAdmin)).with(csrf()).param("name", regionName))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void aRegionIsRenamedButNotToAnotherRegionsName() throws Exception {
        String north = UnitFixtures.unique("North");
        String south = UnitFixtures.unique("South");
        for (String region : new String[] {north, south}) {
            mvc.perform(post("/units/" + branch + "/regions").with(fixtures.as(branchAdmin)).with(csrf()).param("name", region));
        }
        UUID northId = jdbc.sql("SELECT id FROM units WHERE parent_id = ? AND name = ?").params(branch, north).query(UUID.class).single();
        mvc.perform(post("/units/" + northId + "/rename").with(fixtures.as(branchAdmin)).with(csrf()).param("name", south.toLowerCase()))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(post("/units/" + northId + "/rename").with(fixtures.as(branchAdmin)).with(csrf()).param("name", north + " Coast"))
                .andExpect(status().is3xxRedirection());
        assertThat(name(northId)).isEqualTo(north + " Coast");
    }

    private String name(UUID unit) {
        return jdbc.sql("SELECT name FROM units WHERE id = ?").param(unit).query(String.class).single();
    }
}
