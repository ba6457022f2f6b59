package org.iops.members;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.Cookie;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.iops.members.account.Accounts;
import org.iops.units.Residence;
import org.iops.web.BrowserTestSupport;
import org.iops.web.RateLimiter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The pages a limit or a stolen cookie leads to, on a 375 px phone: the paused login with its emailed sign-in link,
 * the join form kept after a 429, and the "signed out everywhere" page. Screenshots under target/screenshots.
 */
class AccountLimitsBrowserIT extends BrowserTestSupport {

    private static final String PASSWORD = "amber lighthouse meadow";

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient db;

    @Autowired
    RateLimiter limiter;

    @BeforeEach
    void freshLimits() {
        limiter.reset();
    }

    private BrowserContext phone(String locale) {
        return newContext(locale, 375, 812);
    }

    private String confirmedMember(String name, Locale language) {
        String email = name.toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID().toString().substring(0, 8)
                + "@example.org";
        accounts.join(new Accounts.JoinRequest(email, PASSWORD, name, null, null,
                new Residence("NZ", "Dunedin", null), language));
        db.sql("UPDATE member SET email_verified_at = now() WHERE email = ?").param(email).update();
        return email;
    }

    private static void logIn(Page page, String email, String password, boolean remember) {
        page.navigate("/login");
        page.locator("#email").fill(email);
        page.locator("#password").fill(password);
        if (remember) {
            page.locator("#remember").check();
        }
        page.locator("main form button[type=submit]").first().click();
    }

    @Test
    void aPausedLoginSaysWhyKeepsTheAddressAndTheEmailedLinkLetsTheOwnerIn() {
        String email = confirmedMember("Owner", Locale.GERMAN);
        Page onPhone = phone("en-GB").newPage();
        for (int i = 0; i < 10; i++) {
            logIn(onPhone, email, "wrong guess " + i, false);
        }
        Response paused = onPhone.waitForResponse(r -> r.url().endsWith("/login") && "POST".equals(r.request().method()), () ->
                logIn(onPhone, email, PASSWORD, false));
        assertThat(paused.status()).isEqualTo(429);
        assertThat(onPhone.locator(".error-summary")).containsText("is paused for");
        assertThat(onPhone.locator("#email")).hasValue(email);
        screenshot(onPhone, "login-paused-phone-en");
        assertAccessible(onPhone);

        Outbox.Mail mail = Outbox.latest(email, 1);
        assertThat(mail.subject()).isEqualTo("Jemand versucht, sich bei deinem Konto anzumelden");
        Page owner = phone("de-DE").newPage();
        owner.navigate(mail.link("/login/link/"));
        assertThat(mainHeading(owner)).hasText("Mit diesem Link anmelden");
        screenshot(owner, "sign-in-link-phone-de");
        assertAccessible(owner);
        owner.locator("main button[type=submit]").click();
        assertThat(owner).hasURL(urlEndingWith("/me"));
    }

    @Test
    void aJoinOverTheLimitKeepsWhatWasTyped() {
        for (String client : List.of("127.0.0.1", "0:0:0:0:0:0:0:1")) {
            for (int i = 0; i < 30; i++) {
                limiter.charge(new RateLimiter.Limit("join-ip", 30, Duration.ofHours(1)), client);
            }
        }
        Page onPhone = phone("fr-FR").newPage();
        onPhone.navigate("/join");
        onPhone.locator("#email").fill("late-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org");
        onPhone.locator("#password").fill(PASSWORD);
        onPhone.locator("#displayName").fill("Arrivée tardive");
        onPhone.locator("#country").selectOption("FR");
        onPhone.locator("#locality").fill("Lyon");
        onPhone.locator("#privacyConsent").check();
        Response limited = onPhone.waitForResponse(r -> r.url().endsWith("/join") && "POST".equals(r.request().method()), () ->
                onPhone.locator("form.stacked button[type=submit]").click());
        assertThat(limited.status()).isEqualTo(429);
        assertThat(onPhone.locator("#displayName")).hasValue("Arrivée tardive");
        assertThat(onPhone.locator("#locality")).hasValue("Lyon");
        assertThat(onPhone.locator(".notice.error").last()).containsText("Patiente ");
        screenshot(onPhone, "join-limited-phone-fr");
        assertAccessible(onPhone);
    }

    @Test
    void aStolenRememberMeCookieSignsTheMemberOutEverywhere() {
        String email = confirmedMember("Remembered", Locale.ENGLISH);
        BrowserContext ownerPhone = phone("en-GB");
        Page owner = ownerPhone.newPage();
        logIn(owner, email, PASSWORD, true);
        assertThat(owner).hasURL(urlEndingWith("/me"));
        Cookie remembered = ownerPhone.cookies().stream().filter(c -> c.name.equals("remember-me")).findFirst()
                .orElseThrow();

        BrowserContext thiefPhone = phone("en-GB");
        thiefPhone.addCookies(List.of(new Cookie("remember-me", remembered.value).setUrl(baseUrl())));
        Page thief = thiefPhone.newPage();
        thief.navigate("/me");
        assertThat(thief).hasURL(urlEndingWith("/me"));

        ownerPhone.clearCookies();
        ownerPhone.addCookies(List.of(new Cookie("remember-me", remembered.value).setUrl(baseUrl())));
        Response refused = owner.navigate("/me");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(mainHeading(owner)).hasText("You were signed out everywhere");
        screenshot(owner, "signed-out-everywhere-phone-en");
        assertAccessible(owner);

        thief.navigate("/me");
        assertThat(thief).hasURL(urlEndingWith("/login"));
    }
}
