package org.iops.decisions.results;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.iops.web.BrowserTestSupport;
import org.junit.jupiter.api.Test;

/**
 * The results templates in a browser, at desktop width and on a phone (375 px): the round-by-round table with its
 * caption, the charts as images with a text alternative, Schulze's tables and the tallies; axe-core finds no serious
 * violation. Screenshots: target/screenshots/decisions-results-*.png.
 */
class ResultsBrowserIT extends BrowserTestSupport {

    @Test
    void roundsTableAndChartAtDesktopWidth() {
        page.navigate("/test-results");

        assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions()
                .setName("Votes for each candidate, round by round (2 rounds)"))).isVisible();
        assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("Round 2: votes for each candidate"))
                .first()).isVisible();
        assertThat(page.getByText("Bruno reached the threshold of 6 with 6 votes and is elected.")).isVisible();
        screenshot(page, "decisions-results-desktop");
        page.locator(".results-pass").first().screenshot(new Locator.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("decisions-results-desktop-first-count.png")));
        page.locator(".results-pass").nth(1).screenshot(new Locator.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("decisions-results-desktop-stv.png")));
        assertAccessible(page);
    }

    @Test
    void roundsReadableOnAPhoneInGerman() {
        BrowserContext phone = newContext("de-DE", 375, 812);
        Page small = phone.newPage();
        small.navigate("/test-results?lang=de");

        Locator table = small.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions()
                .setName("Stimmen jeder Kandidatur, Runde für Runde (5 Runden)"));
        assertThat(table).isVisible();
        // the names stay in view while the rounds scroll sideways
        assertThat(table.getByRole(AriaRole.ROWHEADER, new Locator.GetByRoleOptions().setName("Amara"))).isVisible();
        assertThat(small.getByText("Gewählt: Amara und Chen.").first()).isVisible();
        assertThat(small.getByRole(AriaRole.IMG).first()).isVisible();
        screenshot(small, "decisions-results-phone-de");
        small.locator(".results-pass").first().screenshot(new Locator.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("decisions-results-phone-de-first-count.png")));
        // the page itself does not scroll sideways: only the tables do, inside their own region
        String wider = (String) small.evaluate("Array.from(document.querySelectorAll('main *'))"
                + ".filter(e => e.getBoundingClientRect().right > 376 && !e.closest('.table-scroll'))"
                + ".slice(0, 5).map(e => e.tagName + '.' + e.getAttribute('class') + ' '"
                + " + Math.round(e.getBoundingClientRect().right)).join('; ')");
        org.assertj.core.api.Assertions.assertThat(
                (Integer) small.evaluate("document.documentElement.scrollWidth")).as(wider).isLessThanOrEqualTo(375);
        assertAccessible(small);
        phone.close();
    }
}
