package org.iops.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.iops.units.tree.RoleBook;
import org.iops.units.tree.Structure;
import org.iops.units.tree.UnitDirectoryService;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Sections contributed by other modules ({@link TestSections}) show on the units they apply to, in order, only to the
 * readers they are for; the units module's own "Recent activity" tells what happened in a chapter, never who.
 */
class UnitSectionsTests extends UnitsIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitFixtures fixtures;
    @Autowired
    TestMembers members;
    @Autowired
    UnitDirectoryService directory;
    @Autowired
    Structure structure;
    @Autowired
    RoleBook roles;

    String country = "EC";
    UUID member;
    UUID chapter;
    UUID branch;
    UUID admin;

    @BeforeEach
    void world() {
        member = fixtures.memberIn(country, UnitFixtures.unique(TestSections.PREFIX + " Quito"));
        chapter = fixtures.chapterOf(member);
        branch = fixtures.branchOf(member);
        admin = fixtures.internationalAdmin();
    }

    @Test
    void aMemberSeesTheContributedSectionsInTheirOrder() throws Exception {
        String page = page(chapter, member);
        int membersOnly = page.indexOf("id=\"section-test-members\"");
        int everyone = page.indexOf("id=\"section-test-everyone\"");
        int activity = page.indexOf("id=\"section-activity\"");
        assertThat(membersOnly).as("order 20").isPositive();
        assertThat(everyone).as("order 50").isGreaterThan(membersOnly);
        assertThat(activity).as("order 100").isGreaterThan(everyone);
        assertThat(page).contains("test-members-body for " + TestSections.PREFIX);
    }

    @Test
    void aSectionForMembersNeverReachesAVisitorOrAMemberElsewhere() throws Exception {
        UUID outsider = fixtures.memberIn(country, UnitFixtures.unique("Cuenca"));
        for (UUID reader : new UUID[] {null, outsider}) {
            String page = page(chapter, reader);
            assertThat(page).contains("id=\"section-test-everyone\"")
                    .doesNotContain("section-test-members").doesNotContain("test-members-body");
        }
    }

    @Test
    void sectionsShowOnlyOnTheUnitsTheyApplyTo() throws Exception {
        UUID elsewhere = fixtures.memberIn(country, UnitFixtures.unique("Guayaquil"));
        assertThat(page(fixtures.chapterOf(elsewhere), elsewhere)).doesNotContain("section-test-")
                .contains("id=\"section-activity\"");
        assertThat(page(branch, member)).doesNotContain("section-test-").doesNotContain("section-activity");
        // the forum's and the blog's sections show on every unit, the international too
        assertThat(page(org.iops.units.tree.Unit.INTERNATIONAL, member)).doesNotContain("section-test-")
                .doesNotContain("section-activity");
    }

    @Test
    void recentActivityTellsWhatHappenedButNeverWho() throws Exception {
        String secretName = UnitFixtures.unique("Zebulon Quietperson");
        UUID quiet = members.add(secretName, true);
        directory.place(quiet, new Residence(country, directory.find(new UnitId(chapter)).orElseThrow().name(), null));
        directory.place(quiet, new Residence(country, UnitFixtures.unique("Loja"), null));
        directory.place(quiet, new Residence(country, directory.find(new UnitId(chapter)).orElseThrow().name(), null));
        LocalDate founded = LocalDate.now(ZoneOffset.UTC).minusDays(10);
        structure.found(admin, chapter, founded);
        roles.assign(admin, chapter, quiet, Role.MODERATOR, null, null);

        for (UUID reader : new UUID[] {null, member, admin}) {
            String activity = section(page(chapter, reader), "section-activity");
            assertThat(activity).contains("Recent activity").contains("Its members founded the chapter")
                    .contains("A member took on a role: Moderator.")
                    .contains("The chapter appeared when its first member joined.")
                    .doesNotContain(secretName).doesNotContain(quiet.toString())
                    .doesNotContain(admin.toString()).doesNotContain(member.toString());
        }
        assertThat(section(page(chapter, null), "section-activity")).as("moves are not told").doesNotContain("moved");
    }

    @Test
    void recentActivityIsInTheReadersLanguage() throws Exception {
        structure.found(admin, chapter, LocalDate.now(ZoneOffset.UTC));
        String activity = section(mvc.perform(get("/units/" + chapter).header("Accept-Language", "de"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "section-activity");
        assertThat(activity).contains("Was zuletzt geschah").contains("Ihre Mitglieder haben die Ortsgruppe am");
    }

    private String page(UUID unit, @Nullable UUID reader) throws Exception {
        return mvc.perform(get("/units/" + unit).with(fixtures.as(reader)).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static String section(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        assertThat(start).as(id + " on the page").isPositive();
        return page.substring(start, page.indexOf("</section>", start));
    }
}
