package org.iops.convention.standing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.iops.ApplicationTest;
import org.iops.TestClock;
import org.iops.convention.ConventionPreconditions;
import org.iops.convention.gender.Gender;
import org.iops.convention.gender.Genders;
import org.iops.convention.meetings.MeetingRecords;
import org.iops.governance.GoverningRules;
import org.iops.governance.RuleStatus;
import org.iops.units.UnitFixtures;
import org.iops.units.UnitId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The dashboard's figures from real members, declarations and meetings: a chapter's facts, functioning by the test
 * clock, the women's share never shown about fewer than five people, and the one-time notice when all is met.
 */
@ApplicationTest
class DashboardTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitFixtures fixtures;
    @Autowired
    TestClock clock;
    @Autowired
    Genders genders;
    @Autowired
    MeetingRecords meetings;
    @Autowired
    ChapterFactsQuery facts;
    @Autowired
    StandingService standing;
    @Autowired
    StandingSchedule.Daily daily;
    @Autowired
    GoverningRules rules;
    @Autowired
    org.iops.units.UnitDirectory units;
    @Autowired
    Continents continents;

    @Test
    void aReaderAfterTheKeptStandingExpiredGetsItComputedOnceInsteadOfAnError() {
        // a service with nothing kept, as every page finds it 15 minutes after the hourly task computed it
        StandingService expired = new StandingService(rules, units, facts, continents, clock);
        Standing first = expired.current();
        assertThat(first.members()).isEqualTo(units.figures().members());
        assertThat(expired.current()).as("kept for the next reader").isSameAs(first);
        assertThat(expired.compute()).as("the task's recompute replaces it").isNotSameAs(first);
    }

    private List<UUID> chapterOf(String country, String town, int members) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            ids.add(fixtures.memberIn(country, town));
        }
        return ids;
    }

    private ChapterFacts factsOf(UUID chapter) {
        return facts.all().stream().filter(f -> f.id().equals(chapter)).findFirst().orElseThrow();
    }

    @Test
    void aChapterFunctionsWhileItsLastMeetingIsWithinNinetyDaysByTheServersClock() {
        clock.set(Instant.parse("2026-09-01T12:00:00Z"));
        List<UUID> members = chapterOf("GH", UnitFixtures.unique("Kumasi"), 6);
        UUID chapter = fixtures.chapterOf(members.get(0));
        members.subList(0, 5).forEach(member -> genders.declare(member, Gender.WOMAN));
        genders.declare(members.get(5), Gender.MAN);
        meetings.record(chapter, LocalDate.parse("2026-09-01"), "", members.get(0));

        ChapterFacts found = factsOf(chapter);
        assertThat(found.members()).isEqualTo(6);
        assertThat(found.women()).isEqualTo(5);
        assertThat(found.lastMet()).isEqualTo(LocalDate.parse("2026-09-01"));
        assertThat(found.countryCode()).isEqualTo("GH");

        ConventionPreconditions sixMembers = new ConventionPreconditions(0, 0, 10, 6, 90, 30, 0, 0);
        clock.advance(Duration.ofDays(90));
        assertThat(ChapterState.of(found, "AF", sixMembers, standing.today()).counted()).isTrue();
        clock.advance(Duration.ofDays(1));
        assertThat(ChapterState.of(found, "AF", sixMembers, standing.today()).lacks())
                .containsExactly("convention.lacks.meeting");
    }

    @Test
    void theDashboardNeverShowsAWomensFigureAboutFewerThanFivePeople() throws Exception {
        String town = UnitFixtures.unique("Tamale");
        List<UUID> members = chapterOf("GH", town, 40);
        UUID chapter = fixtures.chapterOf(members.get(0));
        members.subList(0, 4).forEach(member -> genders.declare(member, Gender.WOMAN));
        meetings.record(chapter, meetings.today(), "", members.get(0));
        standing.compute();

        String html = mvc.perform(get("/convention")).andReturn().getResponse().getContentAsString();
        String row = rowOf(html, town);
        assertThat(row).contains("fewer than 5 women", "more women").doesNotContain("%");
        // no count of women anywhere, so no hidden figure can be had by subtracting shown ones from a total
        assertThat(html.replaceAll("<[^>]+>", " ")).doesNotContainPattern("\\b(?!5\\b)\\d+\\s+(women|woman)\\b");

        genders.declare(members.get(4), Gender.WOMAN);
        standing.compute();
        String after = rowOf(mvc.perform(get("/convention")).andReturn().getResponse().getContentAsString(), town);
        assertThat(after).contains("12 %").doesNotContain("fewer than 5");
    }

    /** The table row of the chapter named {@code town}. */
    private static String rowOf(String html, String town) {
        int at = html.indexOf(">" + town + "</a>");
        assertThat(at).as("the chapter is listed among the closest").isPositive();
        return html.substring(html.lastIndexOf("<tr>", at), html.indexOf("</tr>", at));
    }

    @Test
    void membersAndTheCommitteeAreToldOnceWhenEveryPreconditionIsMet() throws Exception {
        UUID member = fixtures.memberIn("GH", UnitFixtures.unique("Accra"));
        UUID admin = fixtures.internationalAdmin();
        UUID committee = fixtures.memberIn("GH", UnitFixtures.unique("Kumasi"));
        fixtures.grant(committee, org.iops.units.Role.COMMITTEE_MEMBER, UnitId.INTERNATIONAL.value());
        ConventionPreconditions before = rules.current(ConventionPreconditions.KEY, UnitId.INTERNATIONAL);
        try {
            rules.set(ConventionPreconditions.KEY, UnitId.INTERNATIONAL,
                    new ConventionPreconditions(0, 0, 1_000_000, 1, 365, 0, 0, 0), RuleStatus.INTERIM, admin, null,
                    "Met at once, for the test");
            assertThat(daily.run().allMet()).isTrue();
            daily.run();

            assertThat(notifications(member, "convention.ready")).isEqualTo(1);
            assertThat(notifications(committee, "convention.readyCommittee")).isEqualTo(1);
            assertThat(notifications(committee, "convention.ready")).as("the committee is told as the committee")
                    .isZero();
            assertThat(mvc.perform(get("/convention")).andReturn().getResponse().getContentAsString())
                    .contains("Every precondition is met: the convention can be planned.");
        } finally {
            rules.set(ConventionPreconditions.KEY, UnitId.INTERNATIONAL, before, RuleStatus.INTERIM, admin, null,
                    "Back after the test");
            standing.compute();
            fixtures.endRoles(committee);
        }
        assertThat(mvc.perform(get("/convention")).andReturn().getResponse().getContentAsString())
                .doesNotContain("Every precondition is met");
    }

    @Test
    void theTrendKeepsOneSnapshotPerDay() throws Exception {
        clock.set(Instant.parse("2026-10-01T08:00:00Z"));
        daily.run();
        daily.run();
        clock.set(Instant.parse("2026-10-02T08:00:00Z"));
        daily.run();
        assertThat(fixtures.count("SELECT count(*) FROM convention_snapshot WHERE day BETWEEN ? AND ?",
                LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-02"))).isEqualTo(2);
        String page = mvc.perform(get("/convention")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("The organization, day by day", "2026-10-01", "2026-10-02");
    }

    private long notifications(UUID member, String kind) {
        return fixtures.count("SELECT coalesce(sum(count), 0) FROM member_notification WHERE member_id = ? AND kind = ?",
                member, kind);
    }
}
