package org.iops.convention;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import org.iops.convention.gender.Gender;
import org.iops.convention.gender.Genders;
import org.iops.convention.standing.StandingService;
import org.iops.members.BrowserMembers;
import org.iops.members.account.Accounts;
import org.iops.units.Role;
import org.iops.units.UnitFixtures;
import org.iops.web.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The convention in a real browser: the public dashboard on a desktop and a phone, a member declaring their gender on
 * their own page, a chapter's admin recording a meeting (and a refused future date); axe on every screen, screenshots
 * under target/screenshots/convention-*.
 */
class ConventionBrowserIT extends BrowserTestSupport {

    static final String PASSWORD = "a long browser password";

    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient db;
    @Autowired
    UnitFixtures fixtures;
    @Autowired
    Genders genders;
    @Autowired
    StandingService standing;

    private UUID idOf(String email) {
        return db.sql("SELECT id FROM member WHERE email = ?").param(email).query(UUID.class).single();
    }

    private boolean fitsAPhone(Page target) {
        return (Boolean) target.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1");
    }

    @Test
    void theDashboardShowsEachPreconditionAndReadsWellOnAPhone() {
        String town = UnitFixtures.unique("Kisumu");
        for (int i = 0; i < 20; i++) {
            UUID member = fixtures.memberIn("KE", town);
            if (i < 3) {
                genders.declare(member, Gender.WOMAN);
            }
        }
        standing.compute();

        page.navigate("/convention");
        assertThat(mainHeading(page)).hasText("Toward the founding convention");
        assertThat(page.locator("#condition-members")).containsText("members in the organization");
        assertThat(page.locator("#condition-chapters")).containsText("counted chapters");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Chapters closest to counting")))
                .isVisible();
        assertThat(page.locator("tr", new Page.LocatorOptions().setHasText(town))).containsText("fewer than 5 women");
        screenshot(page, "convention-dashboard-desktop");
        assertAccessible(page);

        BrowserContext phone = newPhoneContext("de-DE");
        Page onPhone = phone.newPage();
        onPhone.navigate("/convention?lang=de");
        assertThat(mainHeading(onPhone)).hasText("Auf dem Weg zum Gründungskongress");
        screenshot(onPhone, "convention-dashboard-phone");
        assertAccessible(onPhone);
        assertThat(fitsAPhone(onPhone)).as("the dashboard fits a phone").isTrue();
        onPhone.navigate("/rules/convention.preconditions?lang=de");
        assertThat(mainHeading(onPhone)).hasText("Voraussetzungen für den Gründungskongress");
        screenshot(onPhone, "convention-rule-phone");
        assertAccessible(onPhone);
        phone.close();

        page.navigate("/rules");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Preconditions for the founding convention"))).isVisible();
        screenshot(page, "convention-rules-desktop");
        assertAccessible(page);
    }

    @Test
    void aMemberDeclaresTheirGenderOnTheirOwnPage() {
        String email = BrowserMembers.confirmed(accounts, db, "Wanjiru Mwangi", "KE", UnitFixtures.unique("Nakuru"),
                null, PASSWORD, Locale.ENGLISH);
        BrowserContext phone = newPhoneContext("en-GB");
        Page onPhone = phone.newPage();
        BrowserMembers.logIn(onPhone, email, PASSWORD);
        onPhone.getByLabel("Your gender").selectOption("WOMAN");
        onPhone.locator("#gender").getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName("Save")).click();
        assertThat(onPhone.getByRole(AriaRole.STATUS).first()).containsText("never shown to anyone");
        assertThat(onPhone.getByLabel("Your gender")).hasValue("WOMAN");
        assertThat(genders.of(idOf(email))).contains(Gender.WOMAN);
        screenshot(onPhone, "convention-gender-phone");
        assertAccessible(onPhone);
        assertThat(fitsAPhone(onPhone)).isTrue();
        phone.close();
    }

    @Test
    void aChaptersAdminRecordsAMeetingAndIsToldWhenTheDayIsWrong() {
        String town = UnitFixtures.unique("Mombasa");
        String email = BrowserMembers.confirmed(accounts, db, "Baraka Otieno", "KE", town, null, PASSWORD,
                Locale.ENGLISH);
        UUID admin = idOf(email);
        UUID chapter = fixtures.chapterOf(admin);
        fixtures.grant(admin, Role.ADMIN, chapter);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        BrowserMembers.logIn(page, email, PASSWORD);
        page.navigate("/units/" + chapter);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a meeting")).click();
        assertThat(mainHeading(page)).containsText("Meetings of");
        page.getByLabel("Day of the meeting").fill(today.plusDays(2).toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the meeting")).click();
        assertThat(page.locator(".field-error")).containsText("A meeting cannot be in the future.");
        screenshot(page, "convention-meeting-refused-desktop");
        assertAccessible(page);

        page.getByLabel("Day of the meeting").fill(today.minusDays(3).toString());
        page.getByLabel("Note (optional)").fill("Assembly at the community hall");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the meeting")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("The meeting is recorded.");
        assertThat(page.locator(".convention-meetings")).containsText("Assembly at the community hall");
        screenshot(page, "convention-meeting-desktop");
        assertAccessible(page);

        page.navigate("/units/" + chapter);
        assertThat(page.locator("#section-meetings")).containsText("Last recorded meeting:");
    }
}
