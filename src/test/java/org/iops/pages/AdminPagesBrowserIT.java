package org.iops.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.iops.units.TestMembers;
import org.iops.units.UnitFixtures;
import org.iops.web.BrowserTestSupport;
import org.iops.web.CurrentMember;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An international admin edits a page in the browser: the list, the editor with its htmx preview (which must work
 * under the site's Content-Security-Policy and CSRF protection), saving, and the revision history.
 */
class AdminPagesBrowserIT extends BrowserTestSupport {

    /** A signed-in member, stored in a real session as the accounts module's principal would be. */
    record SignedInMember(UUID memberId, String displayName) implements CurrentMember {
    }

    static final SignedInMember ADMIN = new SignedInMember(UUID.randomUUID(), "Amina Okafor");

    @Autowired
    TestMembers members;

    @Autowired
    UnitFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    String slug;

    @BeforeEach
    void anAdminWithAPageOfTheirOwn() {
        members.add(ADMIN.memberId(), ADMIN.displayName(), false);
        fixtures.makeInternationalAdmin(ADMIN.memberId());
        slug = "browser-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("INSERT INTO content_page (slug, position) VALUES (?, 50)").param(slug).update();
        jdbc.sql("""
                INSERT INTO content_page_text (slug, language, title, body, version, updated_at)
                VALUES (?, 'en', 'Local organizing', ?, 1, now())""")
                .param(slug).param("Chapters meet **every month**.\n\n- they plan\n- they act").update();
        jdbc.sql("""
                INSERT INTO content_page_revision (slug, language, version, title, body, note, created_at)
                SELECT slug, language, version, title, body, 'First text', updated_at FROM content_page_text
                WHERE slug = ?""").param(slug).update();
    }

    @Test
    void anAdminTranslatesAPageWithAPreviewAndFindsItInTheHistory() {
        signIn(context, ADMIN);
        page.navigate("/admin/pages?lang=de");
        assertThat(mainHeading(page)).hasText("Seiten");
        screenshot(page, "pages-admin-list-de-desktop");
        assertAccessible(page);

        page.locator("a[href='/admin/pages/" + slug + "/de']").click();
        Locator body = page.getByLabel("Text", new Page.GetByLabelOptions().setExact(true));
        assertThat(body).hasValue(java.util.regex.Pattern.compile(".*Chapters meet \\*\\*every month\\*\\*\\..*",
                java.util.regex.Pattern.DOTALL));
        page.getByLabel("Titel", new Page.GetByLabelOptions().setExact(true)).fill("Vor Ort organisieren");
        body.fill("Ortsgruppen treffen sich **jeden Monat**.\n\n- sie planen\n- sie handeln");
        page.getByLabel("Änderungsnotiz").fill("Deutsche Fassung");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vorschau")).click();
        Locator preview = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Vorschau"));
        assertThat(preview.locator("strong")).hasText("jeden Monat");
        assertThat(preview.getByRole(AriaRole.LISTITEM).first()).hasText("sie planen");
        assertThat(page).hasURL(urlEndingWith("/admin/pages/" + slug + "/de"));
        screenshot(page, "pages-admin-edit-de-desktop");
        assertAccessible(page);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern")).click();
        assertThat(page.getByText("Als Version 1 gespeichert.")).isVisible();
        page.navigate("/pages/" + slug + "?lang=de");
        assertThat(mainHeading(page))
                .hasText("Vor Ort organisieren");

        page.navigate("/admin/pages/" + slug + "/de/revisions");
        Locator revisions = page.getByRole(AriaRole.TABLE);
        assertThat(revisions).containsText("Amina Okafor");
        assertThat(revisions).containsText("Deutsche Fassung");
        screenshot(page, "pages-admin-history-de-desktop");
        assertAccessible(page);
    }

    @Test
    void theEditorWorksOnAPhone() {
        BrowserContext phone = newPhoneContext("en-GB");
        try (phone) {
            signIn(phone, ADMIN);
            Page onPhone = phone.newPage();
            onPhone.navigate("/admin/pages/" + slug + "/en");
            onPhone.getByLabel("Text", new Page.GetByLabelOptions().setExact(true)).fill("## Changed\n\nShorter text.");
            onPhone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview")).click();
            assertThat(onPhone.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Preview"))
                    .getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName("Changed"))).isVisible();
            screenshot(onPhone, "pages-admin-edit-en-phone");
            assertAccessible(onPhone);
            Object overflow = onPhone.evaluate("() => document.documentElement.scrollWidth > window.innerWidth + 1");
            assertThat(overflow).as("no sideways scrolling").isEqualTo(false);

            onPhone.navigate("/admin/pages/" + slug + "/en/revisions/1");
            screenshot(onPhone, "pages-admin-revision-en-phone");
            assertAccessible(onPhone);
        }
    }

    @Test
    void aMemberWhoIsNotAnAdminIsTurnedAway() {
        signIn(context, new SignedInMember(members.add("Nora Member"), "Nora Member"));
        assertThat(page.navigate("/admin/pages").status()).isEqualTo(403);
        assertAccessible(page);
    }

    /** Signs the browser in by handing it a session that holds the admin's authentication. */
}
