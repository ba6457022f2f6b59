package org.iops.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.util.List;
import java.util.UUID;
import org.iops.members.MemberStatistics;
import org.iops.units.MemberCards;
import org.iops.units.Permissions;
import org.iops.units.UnitDirectory;
import org.iops.web.BrowserTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The home page and every content page, in every language, on a desktop screen and on a phone: each one loads,
 * reads in the visitor's language, is saved as a screenshot under target/screenshots, and passes axe-core.
 */
@Import(PagesTestBeans.class)
class PublicPagesBrowserIT extends BrowserTestSupport {

    static final List<String> PAGES = List.of("/", "/pages/vision", "/pages/mission", "/pages/commitments",
            "/pages/history", "/pages/questions");

    @Autowired
    MemberStatistics memberStatistics;

    @Autowired
    UnitDirectory unitDirectory;

    @Autowired
    Permissions permissions;

    @Autowired
    MemberCards memberCards;

    @BeforeEach
    void figures() {
        PagesTestBeans.standIn(memberStatistics, unitDirectory, permissions, memberCards, UUID.randomUUID());
    }

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
                assertThat(visitor.locator("html").getAttribute("lang")).as(path).isEqualTo(language);
                assertThat(visitor.locator("h1").count()).as("one heading on " + path).isEqualTo(1);
                assertThat(visitor.locator(".notice").count()).as("no missing translation on " + path).isZero();
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
                assertThat(visitor.locator(".figures").textContent()).contains("312").contains("41");
                visitor.locator("main a[href='/join']").first().click();
                assertThat(visitor.url()).endsWith("/join");
            }
        }
    }
}
