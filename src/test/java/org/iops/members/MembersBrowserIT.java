package org.iops.members;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A person joins, confirms their address from the email, logs in and sees their branch and chapter; a member
 * changes a privacy setting and another member sees the difference. Screenshots under target/screenshots.
 */
class MembersBrowserIT extends MembersBrowserTestSupport {

    private static final String PASSWORD = "violet kettle harbour";

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void joinConfirmByEmailLogInAndSeeBranchAndChapter() {
        String email = unique("browser") + "@example.org";
        String town = "Tillhaven " + UUID.randomUUID().toString().substring(0, 4);

        page.navigate("/join");
        screenshot(page, "members-join");
        assertAccessible(page);
        page.getByLabel("Email address").fill(email);
        page.getByLabel("Password").fill(PASSWORD);
        page.getByLabel("Display name").fill("Browser Member");
        page.getByLabel("Country").selectOption("IS");
        page.getByLabel("City or town").fill(town);
        page.getByLabel("About you").fill("I organize <b>reading groups</b>.");
        page.locator("#privacyConsent").check();
        page.locator("form.stacked button[type=submit]").click();
        page.waitForURL("**/join/sent"); // the form is sent by htmx, which then goes to the page it was sent to

        assertThat(mainHeading(page)).hasText("Check your email");
        screenshot(page, "members-join-sent");
        assertAccessible(page);

        String link = Outbox.latest(email, 1).link("/verify/");
        page.navigate(link);
        assertThat(mainHeading(page)).hasText("Confirm your email address");
        screenshot(page, "members-verify");
        assertAccessible(page);
        page.locator("main button[type=submit]").click();

        // confirming the address signs the new member in: a welcome page with next steps, no second login
        page.waitForURL("**/welcome");
        assertThat(page.locator(".notice.success")).containsText("Your address is confirmed");
        assertThat(mainHeading(page)).hasText("Welcome, Browser Member");
        assertThat(page.locator("main a[href^='/units/']")).hasText("Meet your chapter");
        screenshot(page, "members-welcome");
        assertAccessible(page);
        page.navigate("/me");
        assertThat(page.locator("#belong-title + dl")).containsText("Iceland");
        assertThat(page.locator("#belong-title + dl")).containsText(town);
        assertThat(page.locator("a", new Page.LocatorOptions().setHasText(town)).first().getAttribute("href"))
                .startsWith("/units/");
        screenshot(page, "members-me");
        assertAccessible(page);

        BrowserContext phone = newPhoneContext("en-GB");
        phone.addCookies(context.cookies());
        Page onPhone = phone.newPage();
        onPhone.navigate("/me");
        assertThat(mainHeading(onPhone)).hasText("Your page");
        screenshot(onPhone, "members-me-phone");
        assertAccessible(onPhone);
        phone.close();
    }

    private String member(String name, String town) {
        return BrowserMembers.confirmed(accounts, db, name, "IS", town, "Hello from " + name, PASSWORD,
                Locale.ENGLISH);
    }

    private void logIn(Page target, String email) {
        BrowserMembers.logIn(target, email, PASSWORD);
    }

    @Test
    void aPrivacySettingChangesWhatAnotherMemberSees() {
        String suffix = UUID.randomUUID().toString().substring(0, 4);
        String aliceTown = "Reykholt " + suffix;
        String alice = member("Alice", aliceTown);
        String bob = member("Bob", "Akureyri " + suffix);
        UUID aliceId = db.sql("SELECT id FROM member WHERE email = ?").param(alice).query(UUID.class).single();

        BrowserContext bobContext = newContext("en-GB", 1280, 900);
        Page bobPage = bobContext.newPage();
        logIn(bobPage, bob);
        bobPage.navigate("/members/" + aliceId);
        assertThat(mainHeading(bobPage)).hasText("Alice");
        assertThat(bobPage.content()).doesNotContain(aliceTown).doesNotContain(alice);
        screenshot(bobPage, "members-profile-before");
        assertAccessible(bobPage);

        logIn(page, alice);
        page.locator("#privacy-locality").selectOption("MEMBERS");
        page.locator("form[action^='/me/privacy'] button[type=submit]").click();
        assertThat(page.locator(".notice.success")).containsText("privacy settings are saved");
        screenshot(page, "members-privacy-saved");
        assertAccessible(page);

        bobPage.reload();
        assertThat(bobPage.locator("main")).containsText(aliceTown);
        assertThat(bobPage.content()).doesNotContain(alice);
        screenshot(bobPage, "members-profile-after");
        assertAccessible(bobPage);
        bobContext.close();
    }

    @Test
    void theProfilePreviewShowsWhatAChosenReaderSees() {
        String suffix = UUID.randomUUID().toString().substring(0, 4);
        String town = "Hafnarfjordur " + suffix;
        String email = member("Gudrun", town);
        logIn(page, email);
        page.navigate("/me");
        page.locator("a[href='/me/preview']").click();
        page.locator("#preview-as").selectOption("CHAPTER_MATE");
        page.locator("form.preview-form button[type=submit]").click();
        assertThat(page.locator("main").textContent()).contains("a member of your chapter").contains(town)
                .doesNotContain(email);
        screenshot(page, "members-preview-chapter-mate");
        assertAccessible(page);
        page.locator("#preview-as").selectOption("VISITOR");
        page.locator("form.preview-form button[type=submit]").click();
        assertThat(page.locator("main")).not().containsText(town);
        BrowserContext phone = newPhoneContext("en-GB");
        Page onPhone = phone.newPage();
        logIn(onPhone, email);
        onPhone.navigate("/me/preview?as=MEMBER");
        screenshot(onPhone, "members-preview-phone");
        assertThat((Boolean) onPhone.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")).isTrue();
        assertAccessible(onPhone);
        phone.close();
    }

    @Test
    void theLoginAndResetPagesAreAccessible() {
        page.navigate("/login");
        screenshot(page, "members-login");
        assertAccessible(page);
        page.navigate("/password/reset");
        screenshot(page, "members-reset");
        assertAccessible(page);
        page.navigate("/verify/not-a-real-token");
        screenshot(page, "members-link-problem");
        assertAccessible(page);
    }
}
