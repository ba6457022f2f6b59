package org.iops.convention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.iops.ApplicationTest;
import org.iops.TestClock;
import org.iops.units.Role;
import org.iops.units.UnitFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** A chapter's admin records that the chapter met; what cannot be a meeting is refused clearly, nothing written. */
@ApplicationTest
class MeetingRecordTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitFixtures fixtures;
    @Autowired
    TestClock clock;

    /*
     * Role terms start when granted (the real time), so the clock is moved forward, never back: "today" in these
     * tests is the day after tomorrow.
     */
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC).plusDays(2);

    private void at(LocalDate day, LocalTime time) {
        clock.set(day.atTime(time).toInstant(ZoneOffset.UTC));
    }

    private MockHttpServletResponse record(UUID admin, UUID chapter, String metOn, String note) throws Exception {
        return mvc.perform(post("/units/" + chapter + "/meetings").with(fixtures.as(admin)).with(csrf())
                .param("metOn", metOn).param("note", note)).andReturn().getResponse();
    }

    private long meetings(UUID chapter) {
        return fixtures.count("SELECT count(*) FROM convention_meeting WHERE chapter_id = ?", chapter);
    }

    @Test
    void anAdminRecordsAMeetingAndSeesItOnTheChaptersPage() throws Exception {
        UUID member = fixtures.memberIn("CL", UnitFixtures.unique("Valdivia"));
        UUID chapter = fixtures.chapterOf(member);
        UUID admin = fixtures.memberWithRole(Role.ADMIN, chapter);
        at(TODAY, LocalTime.NOON);
        String day = TODAY.minusDays(2).toString();

        MockHttpServletResponse done = record(admin, chapter, day, "In the library");
        assertThat(done.getStatus()).isEqualTo(302);
        assertThat(done.getRedirectedUrl()).isEqualTo("/units/" + chapter + "/meetings");
        assertThat(fixtures.count("SELECT count(*) FROM convention_meeting WHERE chapter_id = ? AND met_on = ? "
                + "AND note = 'In the library' AND recorded_by = ?", chapter, TODAY.minusDays(2), admin))
                .isEqualTo(1);

        String list = mvc.perform(get("/units/" + chapter + "/meetings").with(fixtures.as(admin))).andReturn()
                .getResponse().getContentAsString();
        assertThat(list).contains("In the library");
        String page = mvc.perform(get("/units/" + chapter).with(fixtures.as(member))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Last recorded meeting:", day).doesNotContain("Record a meeting");
        String adminsPage = mvc.perform(get("/units/" + chapter).with(fixtures.as(admin))).andReturn().getResponse()
                .getContentAsString();
        assertThat(adminsPage).contains("/units/" + chapter + "/meetings");
    }

    @Test
    void aFutureDayADayOverAYearAgoANonDateAndASecondRecordOfTheSameDayAreRefused() throws Exception {
        UUID chapter = fixtures.chapterOf(fixtures.memberIn("CL", UnitFixtures.unique("Osorno")));
        UUID admin = fixtures.memberWithRole(Role.ADMIN, chapter);
        at(TODAY, LocalTime.of(10, 0));

        assertRefused(record(admin, chapter, TODAY.plusDays(1).toString(), ""), "A meeting cannot be in the future.");
        assertRefused(record(admin, chapter, TODAY.minusYears(1).minusDays(1).toString(), ""),
                "Only meetings of the last year can be recorded.");
        assertRefused(record(admin, chapter, "2026-13-45", ""), "Enter a real date, such as 2026-11-28.");
        assertRefused(record(admin, chapter, "", ""), "Enter the day the chapter met.");
        assertRefused(record(admin, chapter, TODAY.minusDays(3).toString(), "x".repeat(501)),
                "Keep the note under 500 characters.");
        assertThat(meetings(chapter)).as("nothing written").isZero();

        assertThat(record(admin, chapter, TODAY.minusYears(1).toString(), "").getStatus()).as("exactly a year ago")
                .isEqualTo(302);
        assertThat(record(admin, chapter, TODAY.toString(), "").getStatus()).as("today").isEqualTo(302);
        assertRefused(record(admin, chapter, TODAY.toString(), "again"), "A meeting on this day is already recorded.");
        assertThat(meetings(chapter)).isEqualTo(2);
    }

    @Test
    void theLastDayCountsByTheServersClock() throws Exception {
        UUID chapter = fixtures.chapterOf(fixtures.memberIn("CL", UnitFixtures.unique("Temuco")));
        UUID admin = fixtures.memberWithRole(Role.ADMIN, chapter);
        at(TODAY, LocalTime.of(23, 30));
        assertRefused(record(admin, chapter, TODAY.plusDays(1).toString(), ""), "A meeting cannot be in the future.");
        clock.advance(Duration.ofHours(1));
        assertThat(record(admin, chapter, TODAY.plusDays(1).toString(), "").getStatus()).isEqualTo(302);
    }

    @Test
    void aBranchOrRegionIsNoChapterToRecordAMeetingIn() throws Exception {
        UUID member = fixtures.memberIn("CL", UnitFixtures.unique("Arica"));
        UUID branch = fixtures.branchOf(member);
        UUID admin = fixtures.memberWithRole(Role.ADMIN, branch);
        assertThat(record(admin, branch, "2026-11-01", "").getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/units/not-a-unit/meetings").with(fixtures.as(admin))).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
    }

    private static void assertRefused(MockHttpServletResponse response, String message) throws Exception {
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString()).contains(message).doesNotContain("Exception");
    }
}
