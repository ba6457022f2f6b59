package org.iops.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.iops.members.MemberStatistics;
import org.iops.units.MemberCards;
import org.iops.units.Permissions;
import org.iops.units.UnitDirectory;
import org.iops.web.BrowserTestSupport;
import org.iops.web.CurrentMember;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * An international admin edits a page in the browser: the list, the editor with its htmx preview (which must work
 * under the site's Content-Security-Policy and CSRF protection), saving, and the revision history.
 */
@Import(PagesTestBeans.class)
class AdminPagesBrowserIT extends BrowserTestSupport {

    /** The signed-in admin, stored in a real session as the accounts module's principal would be. */
    record Admin(UUID memberId, String displayName) implements CurrentMember, Serializable {
    }

    static final Admin ADMIN = new Admin(UUID.randomUUID(), "Amina Okafor");

    @Autowired
    MemberStatistics memberStatistics;

    @Autowired
    UnitDirectory unitDirectory;

    @Autowired
    Permissions permissions;

    @Autowired
    MemberCards memberCards;

    @Autowired
    SessionRepository<? extends Session> sessions;

    @Autowired
    JdbcClient jdbc;

    String slug;

    @BeforeEach
    void anAdminWithAPageOfTheirOwn() {
        PagesTestBeans.standIn(memberStatistics, unitDirectory, permissions, memberCards, ADMIN.memberId());
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
        signIn(context);
        page.navigate("/admin/pages?lang=de");
        assertThat(page.locator("h1").textContent()).isEqualTo("Seiten");
        screenshot(page, "pages-admin-list-de-desktop");
        assertAccessible(page);

        page.locator("a[href='/admin/pages/" + slug + "/de']").click();
        assertThat(page.locator("#body").inputValue()).contains("Chapters meet **every month**.");
        page.locator("#title").fill("Vor Ort organisieren");
        page.locator("#body").fill("Ortsgruppen treffen sich **jeden Monat**.\n\n- sie planen\n- sie handeln");
        page.locator("#note").fill("Deutsche Fassung");
        page.locator("button[formaction$='/preview']").click();
        page.locator("#preview strong").waitFor();
        assertThat(page.locator("#preview").innerHTML()).contains("<strong>jeden Monat</strong>")
                .contains("<li>sie planen</li>");
        assertThat(page.url()).as("the preview did not leave the editor").endsWith("/admin/pages/" + slug + "/de");
        screenshot(page, "pages-admin-edit-de-desktop");
        assertAccessible(page);

        page.locator("button.primary").click();
        assertThat(page.locator(".notice.success").textContent()).isEqualTo("Als Version 1 gespeichert.");
        page.navigate("/pages/" + slug + "?lang=de");
        assertThat(page.locator("article h1").textContent()).isEqualTo("Vor Ort organisieren");

        page.navigate("/admin/pages/" + slug + "/de/revisions");
        assertThat(page.locator("table.revisions").textContent()).contains("Amina Okafor").contains("Deutsche Fassung");
        screenshot(page, "pages-admin-history-de-desktop");
        assertAccessible(page);
    }

    @Test
    void theEditorWorksOnAPhone() {
        BrowserContext phone = newPhoneContext("en-GB");
        try (phone) {
            signIn(phone);
            Page onPhone = phone.newPage();
            onPhone.navigate("/admin/pages/" + slug + "/en");
            onPhone.locator("#body").fill("## Changed\n\nShorter text.");
            onPhone.locator("button[formaction$='/preview']").click();
            onPhone.locator("#preview h2:has-text('Changed')").waitFor();
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
        when(permissions.isInternationalAdmin(any())).thenReturn(false);
        when(permissions.may(any(), any(), any())).thenReturn(false); // pages.edit nowhere
        signIn(context);
        assertThat(page.navigate("/admin/pages").status()).isEqualTo(403);
        assertAccessible(page);
    }

    /** Signs the browser in by handing it a session that holds the admin's authentication. */
    private void signIn(BrowserContext browser) {
        String id = signedInSession(sessions);
        String cookie = Base64.getEncoder().encodeToString(id.getBytes(StandardCharsets.UTF_8));
        browser.addCookies(List.of(new Cookie("SESSION", cookie).setUrl(baseUrl())));
    }

    private static <S extends Session> String signedInSession(SessionRepository<S> repository) {
        S session = repository.createSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(new UsernamePasswordAuthenticationToken(ADMIN, null,
                        List.of(new SimpleGrantedAuthority("ROLE_MEMBER")))));
        repository.save(session);
        return session.getId();
    }
}
