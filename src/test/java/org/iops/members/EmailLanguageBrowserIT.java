package org.iops.members;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * On a phone, a member chooses German for their emails on their page: the form says so in place, the choice is
 * kept, and the page stays accessible. Screenshots under target/screenshots.
 */
class EmailLanguageBrowserIT extends MembersBrowserTestSupport {

    private static final String PASSWORD = "violet kettle harbour";

    @Test
    void aMemberChoosesTheLanguageOfTheirEmailsOnAPhone() {
        String email = BrowserMembers.confirmed(accounts, db, "Greta", "AT", "Graz", null, PASSWORD, Locale.ENGLISH);
        BrowserContext phone = newPhoneContext("en-GB");
        Page onPhone = phone.newPage();
        onPhone.setViewportSize(375, 812);
        BrowserMembers.logIn(onPhone, email, PASSWORD);

        assertThat(onPhone.getByLabel("Write my emails in")).hasValue("en");
        onPhone.getByLabel("Write my emails in").selectOption("de");
        onPhone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the language")).click();
        assertThat(onPhone.locator("#language .notice.success"))
                .hasText("Your emails will now be written in Deutsch.");
        onPhone.locator("#language").scrollIntoViewIfNeeded();
        screenshot(onPhone, "members-me-email-language-phone");
        assertAccessible(onPhone);

        onPhone.reload();
        assertThat(onPhone.getByLabel("Write my emails in")).hasValue("de");
        assertThat(db.sql("SELECT language FROM member WHERE email = ?").param(email).query(String.class).single())
                .isEqualTo("de");
        phone.close();
    }
}
