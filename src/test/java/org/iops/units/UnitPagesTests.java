package org.iops.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.iops.units.tree.Structure;
import org.iops.units.tree.Unit;
import org.iops.units.tree.UnitDirectoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** What visitors and members see on the pages of the tree. */
class UnitPagesTests extends UnitsIntegrationTest {

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
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private String page(String path, String language) throws Exception {
        return mvc.perform(get(path).header("Accept-Language", language)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void branchesAreListedWithCountryNamesInTheReadersLanguage() throws Exception {
        fixtures.memberIn("DE", "Leipzig");
        fixtures.memberIn("DE", "Dresden");
        fixtures.memberIn("AT", "Graz");
        String german = page("/branches", "de");
        assertThat(german).contains("Deutschland").contains("Österreich");
        assertThat(german.indexOf("Deutschland")).isLessThan(german.indexOf("Österreich"));
        assertThat(page("/branches", "en")).contains("Germany").contains("Austria");
        assertThat(page("/branches", "es")).contains("Alemania");
    }

    @Test
    void chapterPageListsVisibleMembersOneHundredAtATimeAndCountsTheHiddenOnes() throws Exception {
        String city = UnitFixtures.unique("Bigtown");
        UUID first = fixtures.memberIn("IT", city);
        UUID chapter = fixtures.chapterOf(first);
        List<UUID> hidden = new ArrayList<>();
        for (int i = 0; i < 249; i++) {
            boolean hide = i % 10 == 0;
            UUID member = members.add(String.format("Person %03d", i), hide);
            if (hide) {
                hidden.add(member);
            }
            directory.place(member, new Residence("IT", city, null));
        }
        String one = page("/units/" + chapter, "en");
        assertThat(one).contains("250 members in all").contains("Page 1 of 3").contains("Person 001")
                .doesNotContain("Person 000").doesNotContain(hidden.get(1).toString());
        String three = page("/units/" + chapter + "?page=3", "en");
        assertThat(three).contains("Page 3 of 3").contains("25 more, not listed here.");
        assertThat(page("/units/" + chapter + "?page=999", "en")).contains("Page 3 of 3");
        assertThat(page("/units/" + chapter + "?page=abc", "en")).contains("Page 1 of 3");
    }

    @Test
    void mergedChapterSaysWhereItWentAndItsMembersMoveWithHistory() throws Exception {
        UUID admin = fixtures.internationalAdmin();
        UUID a = fixtures.memberIn("IE", "Dun Laoghaire");
        UUID b = fixtures.memberIn("IE", "Dublin");
        UUID from = fixtures.chapterOf(a);
        UUID into = fixtures.chapterOf(b);
        structure.merge(admin, from, into);

        assertThat(fixtures.chapterOf(a)).isEqualTo(into);
        assertThat(directory.residenceHistory(a)).extracting(org.iops.units.tree.MembershipPeriods.PastPlacement::chapterName)
                .containsExactly("Dublin", "Dun Laoghaire");
        assertThat(page("/units/" + from, "en")).contains("merged into").contains("href=\"/units/" + into + "\"");
        assertThat(page("/units/" + into, "en")).contains("2 members in all");
        // the old name now leads to the chapter it became
        assertThat(fixtures.chapterOf(fixtures.memberIn("IE", "dun laoghaire"))).isEqualTo(into);
    }

    @Test
    void chapterInARegionHasTheFullBreadcrumbs() throws Exception {
        UUID admin = fixtures.internationalAdmin();
        UUID member = fixtures.memberIn("GB", "Leeds");
        UUID branch = fixtures.branchOf(member);
        Unit region = structure.addRegion(admin, branch, "Yorkshire");
        structure.moveChapter(admin, fixtures.chapterOf(member), region.id());

        String chapterPage = page("/units/" + fixtures.chapterOf(member), "fr");
        assertThat(chapterPage).contains("Internationale").contains("Royaume-Uni").contains("Yorkshire")
                .contains("aria-current=\"page\">Leeds");
        assertThat(page("/units/" + branch, "en")).contains("Yorkshire").contains("Leeds");
        assertThat(page("/units/" + region.id(), "en")).contains("Leeds").contains("<strong>1</strong> member<");
    }

    @Test
    void membersJoinAndLeaveAnOnlineChapterByChoice() throws Exception {
        UUID admin = fixtures.internationalAdmin();
        UUID member = fixtures.memberIn("SE", "Malmö");
        Unit online = structure.addChapter(admin, fixtures.branchOf(member), "Online Sweden", ChapterKind.ONLINE);

        mvc.perform(post("/units/" + online.id() + "/join").with(fixtures.as(member)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(directory.membershipsOf(member)).extracting(UnitRef::name).contains("Online Sweden", "Malmö");
        assertThat(page("/units/" + online.id(), "en")).contains("1 member in all");

        mvc.perform(post("/units/" + online.id() + "/leave").with(fixtures.as(member)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(directory.membershipsOf(member)).extracting(UnitRef::name).doesNotContain("Online Sweden");
        // a locality chapter is left only by moving
        mvc.perform(post("/units/" + fixtures.chapterOf(member) + "/leave").with(fixtures.as(member)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(fixtures.chapterOf(member)).isNotNull();
    }

    @Test
    void theChapterListDoesNotRepeatTheChaptersOwnNameOnEveryMember() throws Exception {
        String town = UnitFixtures.unique("Tampere");
        UUID first = fixtures.memberIn("FI", town);
        fixtures.memberIn("FI", town);
        UUID chapter = fixtures.chapterOf(first);
        String html = mvc.perform(get("/units/" + chapter).with(fixtures.as(first)).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String list = html.substring(html.indexOf("<ul class=\"units-people\">"));
        list = list.substring(0, list.indexOf("</ul>"));
        assertThat(list).contains("href=\"/members/").doesNotContain(town);
    }

    @Test
    void archivedAndMergedChaptersSayWhatBecameOfThemInsteadOfNobodyYet() throws Exception {
        UUID admin = fixtures.internationalAdmin();
        UUID member = fixtures.memberIn("NL", UnitFixtures.unique("Zwolle"));
        UUID online = structure.addChapter(admin, fixtures.branchOf(member), UnitFixtures.unique("Online NL"),
                ChapterKind.ONLINE).id();
        structure.changeStatus(admin, online, UnitStatus.ARCHIVED);
        String archived = page("/units/" + online, "en");
        assertThat(archived).contains("This chapter is archived").doesNotContain("Nobody yet");

        UUID a = fixtures.memberIn("NL", UnitFixtures.unique("Kampen"));
        UUID b = fixtures.memberIn("NL", UnitFixtures.unique("Deventer"));
        UUID from = fixtures.chapterOf(a);
        structure.merge(admin, from, fixtures.chapterOf(b));
        String merged = page("/units/" + from, "de");
        assertThat(merged).contains("zusammengelegt mit").doesNotContain("Noch niemand");
    }

    @Test
    void countsReadRightInEveryLanguage() throws Exception {
        UUID member = fixtures.memberIn("IS", UnitFixtures.unique("Akureyri"));
        UUID chapter = fixtures.chapterOf(member);
        assertThat(page("/units/" + chapter, "en")).contains("1 member in all").doesNotContain("1 members");
        assertThat(page("/units/" + chapter, "es")).contains("1 miembro en total");
        assertThat(page("/units/" + chapter, "de")).contains("1 Mitglied insgesamt");
        assertThat(page("/units/" + chapter, "fr")).contains("1 membre au total");
        // French elision: never "Chapitres de Islande"
        assertThat(page("/units/" + fixtures.branchOf(member), "fr")).contains("Islande : les chapitres")
                .doesNotContain("de Islande");
        assertThat(page("/units/" + fixtures.branchOf(member), "de")).contains("Ortsgruppen in Island")
                .doesNotContain("Chapter");
    }

    @Test
    void termsShowTheirDaysAsDatesWithoutTimeOrZone() throws Exception {
        UUID admin = fixtures.internationalAdmin();
        UUID holder = fixtures.memberIn("PT", UnitFixtures.unique("Braga"));
        UUID chapter = fixtures.chapterOf(holder);
        fixtures.grant(holder, Role.MODERATOR, chapter);
        java.time.LocalDate yesterday = jdbc.sql(
                "SELECT (starts_at AT TIME ZONE 'UTC')::date FROM unit_roles WHERE member_id = ?")
                .param(holder).query(java.time.LocalDate.class).single();
        String english = mvc.perform(get("/units/" + chapter + "/admin").with(fixtures.as(admin))
                .header("Accept-Language", "en")).andReturn().getResponse().getContentAsString();
        String roles = english.substring(english.indexOf("<table"), english.indexOf("</table>"));
        assertThat(roles).contains(java.time.format.DateTimeFormatter.ofLocalizedDate(
                java.time.format.FormatStyle.LONG).withLocale(java.util.Locale.ENGLISH).format(yesterday))
                .doesNotContain("UTC").doesNotContain("AM").doesNotContain("PM");
        String german = mvc.perform(get("/units/" + chapter + "/admin").with(fixtures.as(admin))
                .header("Accept-Language", "de")).andReturn().getResponse().getContentAsString();
        assertThat(german).contains(java.time.format.DateTimeFormatter.ofLocalizedDate(
                java.time.format.FormatStyle.LONG).withLocale(java.util.Locale.GERMAN).format(yesterday));
    }

    @Test
    void theAuditLogCountsMovedMembershipsWithTheRightPlural() throws Exception {
        UUID admin = fixtures.internationalAdmin();
        UUID a = fixtures.memberIn("IE", UnitFixtures.unique("Bray"));
        UUID b = fixtures.memberIn("IE", UnitFixtures.unique("Wicklow"));
        UUID from = fixtures.chapterOf(a);
        structure.merge(admin, from, fixtures.chapterOf(b));
        String audit = mvc.perform(get("/units/" + from + "/audit").with(fixtures.as(admin))
                .header("Accept-Language", "en")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(audit).contains("1 membership moved").doesNotContain("1 memberships");
    }

    @Test
    void internationalPageShowsLiveFigures() throws Exception {
        fixtures.memberIn("JP", "Osaka");
        String international = page("/units/" + Unit.INTERNATIONAL, "en");
        assertThat(international).contains(" provisional").contains("How we count").contains("href=\"/branches\"");
    }
}
