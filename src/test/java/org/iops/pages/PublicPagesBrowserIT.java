package org.iops.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.util.List;
import java.util.regex.Pattern;
import org.iops.web.BrowserTestSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The home page and every content page, in every language, on a desktop screen and on a phone: each one loads,
 * reads in the visitor's language, is saved as a screenshot under target/screenshots, and passes axe-core.
 */
class PublicPagesBrowserIT extends BrowserTestSupport {

    static final List<String> PAGES = List.of("/", "/pages/vision", "/pages/mission", "/pages/commitments",
            "/pages/history", "/pages/questions");

    @ParameterizedTest
    @ValueSource(strings = {"en", "es", "fr", "de"})
    void everyPublicPageReadsWellAndIsAccessible(String language) {
        check(newContext(language, 1280, 900), language, "desktop");
        check(newPhoneContext(language), language, "phone");
    }

    private void check(BrowserContext browser, String language, String screen) {
        try (browser) {
            Page visitor = browser.newPage();
            for (String path : PAGES) {
                Response response = visitor.navigate(path);
                assertThat(response.status()).as(path).isEqualTo(200);
                assertThat(visitor.locator("html")).hasAttribute("lang", language);
                assertThat(mainHeading(visitor))
                        .hasCount(1);
                assertThat(visitor.locator(".notice")).hasCount(0);
                String name = path.equals("/") ? "home" : path.substring("/pages/".length());
                screenshot(visitor, "pages-" + name + "-" + language + "-" + screen);
                assertAccessible(visitor);
                if (screen.equals("phone")) {
                    Object overflow = visitor.evaluate(
                            "() => document.documentElement.scrollWidth > window.innerWidth + 1");
                    assertThat(overflow).as("no sideways scrolling on a phone at " + path).isEqualTo(false);
                }
            }
            if (screen.equals("desktop")) {
                visitor.navigate("/");
                // the real organization's figures: members, countries and chapters, counted
                assertThat(visitor.locator(".figures")).containsText(Pattern.compile("\\d"));
                visitor.locator("main a[href='/join']").first().click();
                assertThat(visitor).hasURL(urlEndingWith("/join"));
            }
        }
    }
}
