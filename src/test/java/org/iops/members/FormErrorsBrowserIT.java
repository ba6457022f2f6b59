package org.iops.members;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A form with errors answers where the reader is: an error summary at the top of that form takes the focus,
 * its links focus the fields, the address stays the page's own, and reloading sends nothing again.
 */
class FormErrorsBrowserIT extends MembersBrowserTestSupport {

    private static final String PASSWORD = "amber lantern meadow";

    private String member(String name) {
        return BrowserMembers.confirmed(accounts, db, name, "IS", "Selfoss", null, PASSWORD, Locale.ENGLISH);
    }

    private void logIn(Page target, String email) {
        BrowserMembers.logIn(target, email, PASSWORD);
    }

    /** Waits (as Playwright does for elements) until focus has moved to the element with this id. */
    private static String awaitFocus(Page target, String id) {
        target.waitForFunction("id => document.activeElement && document.activeElement.id === id", id);
        return focusedId(target);
    }

    private static String focusedId(Page target) {
        return (String) target.evaluate("() => document.activeElement && document.activeElement.id");
    }

    private static List<String> methodsOf(Page target, Runnable action) {
        List<String> methods = new ArrayList<>();
        java.util.function.Consumer<Request> listener = request -> {
            // the town field's suggestions and the bell's count load by themselves; what matters is that no form
            // is sent again
            if ((request.isNavigationRequest() || "xhr".equals(request.resourceType())
                    || "fetch".equals(request.resourceType())) && !request.url().contains("/units/chapter-suggestions")
                    && !request.url().contains("/notifications/bell")) {
                methods.add(request.method() + " " + request.url().replaceFirst("^https?://[^/]+", ""));
            }
        };
        target.onRequest(listener);
        action.run();
        target.offRequest(listener);
        return methods;
    }

    @Test
    void anEmailChangeWithErrorsIsAnsweredAtThatFormAndAReloadSendsNothing() {
        BrowserContext phone = newPhoneContext("en-GB");
        Page me = phone.newPage();
        logIn(me, member("Sigrun"));

        me.locator("#newEmail").fill("not an address");
        me.locator("#emailPassword").fill("wrong password entirely");
        me.locator("form[action^='/me/email'] button[type=submit]").click();

        me.locator("#email-errors").waitFor();
        assertThat(awaitFocus(me, "email-errors")).isEqualTo("email-errors");
        assertThat(me.locator("#email-errors").textContent()).contains("There is a problem")
                .contains("Enter a valid email address").contains("That password is not right");
        assertThat(me.url()).endsWith("/me");
        // the other forms are untouched, and the summary sits inside the form that needs correcting
        assertThat(me.locator(".error-summary").count()).isOne();
        assertThat(me.locator("form[action^='/me/email'] #email-errors").count()).isOne();
        screenshot(me, "members-me-email-errors-phone");
        assertAccessible(me);

        me.locator("#email-errors a[href='#newEmail']").click();
        assertThat(focusedId(me)).isEqualTo("newEmail");
        assertThat(me.locator("#newEmail").inputValue()).isEqualTo("not an address");

        List<String> reload = methodsOf(me, me::reload);
        assertThat(reload).containsExactly("GET /me");
        assertThat(me.locator(".error-summary").count()).isZero();
        phone.close();
    }

    @Test
    void aSavedProfileSaysSoAtTheFormAndTheAddressStaysMe() {
        logIn(page, member("Gudrun"));
        page.locator("#displayName").fill("");
        page.locator("form[action^='/me/profile'] button[type=submit]").click();
        page.locator("#profile-errors").waitFor();
        assertThat(awaitFocus(page, "profile-errors")).isEqualTo("profile-errors");
        page.locator("#profile-errors a").first().click();
        assertThat(focusedId(page)).isEqualTo("displayName");

        page.locator("#displayName").fill("Gudrun the Second");
        List<String> sent = methodsOf(page, () -> {
            page.locator("form[action^='/me/profile'] button[type=submit]").click();
            page.locator("#profile [data-form-notice]").waitFor();
        });
        assertThat(sent).contains("POST /me/profile", "GET /me");
        assertThat(page.locator("#profile [data-form-notice]").textContent()).contains("Your profile is saved");
        page.waitForFunction("() => document.activeElement.hasAttribute('data-form-notice')");
        assertThat(focusedId(page)).isEmpty();
        assertThat(page.locator("#member-link").textContent()).isEqualTo("Gudrun the Second");
        assertThat(page.url()).endsWith("/me");
        assertThat(methodsOf(page, page::reload)).containsExactly("GET /me");
        screenshot(page, "members-me-profile-saved");
    }

    @Test
    void joinAndLoginKeepTheTypedEmailAndFocusTheirSummary() {
        page.navigate("/join");
        page.getByLabel("Email address").fill("someone@example.org");
        page.getByLabel("Password").fill("short");
        page.locator("#join form button[type=submit]").click();
        page.locator("#join-errors").waitFor();
        assertThat(awaitFocus(page, "join-errors")).isEqualTo("join-errors");
        assertThat(page.locator("#email").inputValue()).isEqualTo("someone@example.org");
        assertThat(page.url()).endsWith("/join");
        screenshot(page, "members-join-errors");
        assertAccessible(page);
        page.locator("#join-errors a[href='#password']").click();
        assertThat(focusedId(page)).isEqualTo("password");
        assertThat(methodsOf(page, page::reload)).containsExactly("GET /join");

        String email = member("Halla");
        page.navigate("/login");
        page.getByLabel("Email address").fill(email);
        page.getByLabel("Password").fill("not the password at all");
        page.locator("main form button[type=submit]").click();
        page.waitForURL("**/login?error");
        page.locator("#login-errors").waitFor();
        assertThat(focusedId(page)).isEqualTo("login-errors");
        assertThat(page.locator("#email").inputValue()).isEqualTo(email);
        screenshot(page, "members-login-error");
        assertAccessible(page);
        page.locator("#login-errors a").click();
        assertThat(focusedId(page)).isEqualTo("email");
    }

    @Test
    void choosingTheChapterTheJoinFormSuggestsKeepsThePasswordTyped() {
        member("Sigrun"); // makes sure Selfoss has its chapter
        String email = "selfos-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        page.navigate("/join");
        page.getByLabel("Email address").fill(email);
        page.getByLabel("Password").fill(PASSWORD);
        page.getByLabel("Display name").fill("Typo Town");
        page.getByLabel("Country").selectOption("IS");
        page.getByLabel("City or town").fill("Selfos");
        page.locator("#privacyConsent").check();
        page.locator("#join form button[type=submit]").first().click();

        com.microsoft.playwright.Locator choose = page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Yes: Selfoss").setExact(true)).first();
        choose.waitFor();
        screenshot(page, "members-join-did-you-mean");
        assertAccessible(page);
        // the question about the town does not make the person type their password again
        assertThat(page.locator("#password").inputValue()).isEqualTo(PASSWORD);
        choose.click();
        page.waitForURL("**/join/sent");
        assertThat(Outbox.latest(email, 1).link("/verify/")).contains("/verify/");
    }
}
