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
        assertAccessible(page);
    }

    @Test
    void roundsReadableOnAPhoneInGerman() {
        BrowserContext phone = newContext("de-DE", 375, 812);
        Page small = phone.newPage();
        small.navigate("/test-results?lang=de");

        Locator table = small.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions()
                .setName("Stimmen jeder Kandidatur, Runde für Runde (4 Runden)").setExact(false));
        assertThat(small.getByText("Gewählt: Amara und Chen.").first()).isVisible();
        assertThat(small.getByRole(AriaRole.IMG).first()).isVisible();
        // the page itself does not scroll sideways: only the tables do, inside their own region
        org.assertj.core.api.Assertions.assertThat(
                (Integer) small.evaluate("document.documentElement.scrollWidth")).isLessThanOrEqualTo(375);
        screenshot(small, "decisions-results-phone-de");
        assertAccessible(small);
        phone.close();
    }
}
