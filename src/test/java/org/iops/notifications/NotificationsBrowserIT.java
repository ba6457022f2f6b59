package org.iops.notifications;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Locale;
import java.util.UUID;
import org.iops.members.BrowserMembers;
import org.iops.members.MembersBrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** A member sees the bell's count, opens the list, follows a notification, marks all read and changes a choice. */
class NotificationsBrowserIT extends MembersBrowserTestSupport {

    private static final String PASSWORD = "violet kettle harbour";

    @Autowired
    Notifications notifications;

    @Value("${iops.base-url}")
    String baseUrl;

    private UUID member(String email) {
        return db.sql("SELECT id FROM member WHERE email = ?").param(email).query(UUID.class).single();
    }

    private void like(UUID member, String liker, String title, String path) {
        notifications.notify(member, TestNotificationKinds.LIKE, baseUrl + path, Parameter.text(liker),
                Parameter.text(title), Parameter.recipientName());
    }

    private static Locator bell(Page target) {
        return target.locator("#notifications-bell");
    }

    @Test
    void theBellCountsTheListOpensAndEverythingIsMarkedRead() {
        String email = BrowserMembers.confirmed(accounts, db, "Rosa", "BR", "Porto Alegre", null, PASSWORD,
                Locale.ENGLISH);
        UUID rosa = member(email);
        like(rosa, "Ben", "Spring fair", "/me/preview");
        like(rosa, "Dora", "Spring fair", "/me/preview");
        like(rosa, "Emil", "Night market", "/me");

        BrowserMembers.logIn(page, email, PASSWORD);
        assertThat(bell(page).locator(".notifications-count")).hasText("2");
        screenshot(page, "notifications-bell");
        assertAccessible(page);

        bell(page).click();
        assertThat(mainHeading(page)).hasText("Notifications");
        assertThat(page.locator(".notifications-list")).containsText("2 people liked your post");
        assertThat(page.locator(".notifications-list")).containsText("Dora, Ben");
        screenshot(page, "notifications-list");
        assertAccessible(page);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Emil liked your post \"Night market\""))
                .click();
        assertThat(page).hasURL(urlEndingWith("/me"));
        assertThat(bell(page).locator(".notifications-count")).hasText("1");

        bell(page).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark all as read")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("All notifications are marked as read.");
        assertThat(page.locator(".notifications-list")).containsText("Night market");
        assertThat(bell(page).locator(".notifications-count")).hasCount(0);
        assertAccessible(page);
    }

    @Test
    void aMemberChoosesHowAKindReachesThemByEmail() {
        String email = BrowserMembers.confirmed(accounts, db, "Lena", "DE", "Leipzig", null, PASSWORD,
                Locale.ENGLISH);
        BrowserMembers.logIn(page, email, PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Email notifications: what reaches you"))
                .click();
        assertThat(mainHeading(page)).hasText("Email notifications");
        page.getByLabel("When someone likes my post").selectOption("DAILY");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save choices")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Your email choices are saved.");
        assertThat(page.getByLabel("When someone likes my post")).hasValue("DAILY");
        screenshot(page, "notifications-settings");
        assertAccessible(page);
    }

    @Test
    void theUnsubscribeLinkOfAnEmailSaysWhatItTurnsOffAndWorksWithoutSigningIn() throws Exception {
        String email = BrowserMembers.confirmed(accounts, db, "Tomas", "ES", "Sevilla", null, PASSWORD,
                Locale.ENGLISH);
        like(member(email), "Ana", "Assembly on Saturday", "/me");
        String text = org.iops.members.Outbox.latest(email, 2).text();
        String link = text.replaceAll("(?s).*(/unsubscribe/[A-Za-z0-9_.-]+).*", "$1");

        page.navigate(link);
        assertThat(mainHeading(page)).hasText("Unsubscribe");
        assertThat(page.locator("main")).containsText("When someone likes my post");
        screenshot(page, "notifications-unsubscribe");
        assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stop these emails")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("You no longer get emails for");
        screenshot(page, "notifications-unsubscribed");
        assertAccessible(page);
    }

    @Test
    void theListAndTheChoicesWorkAtPhoneWidth() {
        String email = BrowserMembers.confirmed(accounts, db, "Ines", "PT", "Braga", null, PASSWORD,
                Locale.ENGLISH);
        like(member(email), "Ana", "Assembly on Saturday", "/me");
        BrowserContext phone = newPhoneContext("en-GB");
        Page small = phone.newPage();
        BrowserMembers.logIn(small, email, PASSWORD);
        // the count is in sight on a phone without opening the menu
        assertThat(bell(small).locator(".notifications-count")).isVisible();
        assertThat(bell(small)).hasAccessibleName(java.util.regex.Pattern.compile("Notifications.*1 unread"));
        assertThat(small.locator(".menu-toggle")).hasAttribute("aria-expanded", "false");
        bell(small).click();
        assertThat(mainHeading(small)).hasText("Notifications");
        assertThat(small.locator(".notifications-list")).containsText("Assembly on Saturday");
        screenshot(small, "notifications-list-phone");
        assertAccessible(small);
        small.navigate("/me/notifications");
        assertThat(mainHeading(small)).hasText("Email notifications");
        screenshot(small, "notifications-settings-phone");
        assertAccessible(small);
        phone.close();
    }
}
