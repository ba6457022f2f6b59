package org.iops.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;

/** The error page is a real page of the site, readable and accessible on a phone, in the reader's language. */
class ErrorPagesBrowserIT extends BrowserTestSupport {

    @Test
    void notFoundPageIsAccessibleOnAPhoneInSpanish() {
        BrowserContext phone = newPhoneContext("es-ES");
        Page onPhone = phone.newPage();
        Response response = onPhone.navigate("/no-such-page");
        assertThat(response.status()).isEqualTo(404);
        assertThat(mainHeading(onPhone)).hasText("Página no encontrada");
        screenshot(onPhone, "error-404-phone-es");
        assertAccessible(onPhone);
        phone.close();
    }

    /** The check every browser test relies on fails on a page with serious violations, and names them. */
    @Test
    void theAccessibilityCheckCatchesWhatIsWrong() {
        page.setContent("<!doctype html><html><head><title>Broken</title></head><body><main>"
                + "<img src='/favicon.ico'><button></button>"
                + "<p style='color:#bbb;background:#fff'>faint text</p></main></body></html>");
        assertThatThrownBy(() -> assertAccessible(page))
                .hasMessageContaining("image-alt")
                .hasMessageContaining("button-name")
                .hasMessageContaining("html-has-lang")
                .hasMessageContaining("color-contrast");
    }

    @Test
    void languageCanBeSwitchedFromTheFooter() {
        page.navigate("/no-such-page");
        page.locator("footer a[hreflang=fr]").click();
        assertThat(mainHeading(page)).hasText("Page introuvable");
        assertThat(page).hasURL(urlContaining("/no-such-page"));
        screenshot(page, "error-404-desktop-fr");
        assertAccessible(page);
    }
}
