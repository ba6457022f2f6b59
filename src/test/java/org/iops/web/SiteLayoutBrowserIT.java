package org.iops.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.Locale;
import org.iops.members.BrowserMembers;
import org.iops.members.MembersBrowserTestSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The frame of every page, phone first: a one-row header with a menu (the language switch in it, at the top),
 * the footer at the bottom of short pages, in every language, signed in and not. Screenshots at 375 and 1280 px.
 */
class SiteLayoutBrowserIT extends MembersBrowserTestSupport {

    private static final String PASSWORD = "copper window orchard";

    private String member(String name) {
        return BrowserMembers.confirmed(accounts, db, name, "DE", "Mönchengladbach", null, PASSWORD, Locale.GERMAN);
    }

    private static double bottomOf(Page target, String selector) {
        return ((Number) target.evaluate("s => document.querySelector(s).getBoundingClientRect().bottom", selector))
                .doubleValue();
    }

    private static double heightOf(Page target, String selector) {
        return ((Number) target.evaluate("s => document.querySelector(s).getBoundingClientRect().height", selector))
                .doubleValue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es", "fr", "de"})
    void theHeaderIsOneRowOnAPhoneSignedInAndTheMenuHoldsTheLanguages(String language) {
        BrowserContext phone = newContext(language, 375, 740);
        Page onPhone = phone.newPage();
        onPhone.navigate("/login");
        // a short page: the footer ends at the bottom of the screen, not in its middle
        assertThat(bottomOf(onPhone, ".site-footer")).isGreaterThanOrEqualTo(739);
        screenshot(onPhone, "layout-login-" + language + "-375");
        onPhone.locator("#email").fill(member("Wilhelmina Schwarzenberger-Lindqvist"));
        onPhone.locator("#password").fill(PASSWORD);
        onPhone.locator("main form button[type=submit]").click();
        onPhone.waitForURL("**/me");

        // brand and menu button on one row, even with a long name and German words
        assertThat(heightOf(onPhone, ".site-header")).isLessThan(72);
        assertThat(onPhone.locator(".header-panel").isVisible()).isFalse();
        screenshot(onPhone, "layout-me-" + language + "-375");
        assertAccessible(onPhone);

        onPhone.locator(".menu-toggle").click();
        assertThat(onPhone.locator(".menu-toggle").getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(onPhone.locator(".header-languages a[hreflang=de]").isVisible()).isTrue();
        assertThat(bottomOf(onPhone, ".header-languages")).isLessThan(740); // on the first screen, not 2,500 px down
        assertThat(onPhone.locator("#member-link").isVisible()).isTrue();
        screenshot(onPhone, "layout-menu-" + language + "-375");
        assertAccessible(onPhone);
        onPhone.keyboard().press("Escape");
        assertThat(onPhone.locator(".header-panel").isVisible()).isFalse();

        onPhone.locator(".menu-toggle").click();
        onPhone.locator(".header-languages a[hreflang=" + (language.equals("fr") ? "es" : "fr") + "]").click();
        assertThat(onPhone.locator("html").getAttribute("lang")).isEqualTo(language.equals("fr") ? "es" : "fr");
        phone.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es", "fr", "de"})
    void onAWideScreenTheHeaderShowsEverythingInOneRow(String language) {
        BrowserContext wide = newContext(language, 1280, 900);
        Page desktop = wide.newPage();
        desktop.navigate("/");
        assertThat(desktop.locator(".menu-toggle").isVisible()).isFalse();
        assertThat(desktop.locator(".header-languages a[hreflang=es]").isVisible()).isTrue();
        assertThat(heightOf(desktop, ".site-header")).isLessThan(80);
        // the hero shares the first screen with the live figures instead of leaving half of it empty
        assertThat(desktop.locator(".home-figures").boundingBox().y).isLessThan(900);
        screenshot(desktop, "layout-home-" + language + "-1280");
        assertAccessible(desktop);
        desktop.navigate("/login");
        assertThat(bottomOf(desktop, ".site-footer")).isGreaterThanOrEqualTo(899);
        screenshot(desktop, "layout-login-" + language + "-1280");

        BrowserContext phone = newPhoneContext(language);
        Page onPhone = phone.newPage();
        onPhone.navigate("/");
        screenshot(onPhone, "layout-home-" + language + "-375");
        assertAccessible(onPhone);
        phone.close();
        wide.close();
    }
}
