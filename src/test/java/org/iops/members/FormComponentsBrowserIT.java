package org.iops.members;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The forms of every module are built from {@code web/form}: a refused form shows one error summary whose every
 * link leads to a field that exists and is marked invalid, and the form passes axe-core, on a phone (375 px) and on
 * a desktop (1280 px). Screenshots under target/screenshots/forms-*.
 */
class FormComponentsBrowserIT extends MembersBrowserTestSupport {

    private static final String PASSWORD = "amber lantern meadow";
    private static final String INTERNATIONAL = "00000000-0000-0000-0000-000000000001";
    private static final int[] WIDTHS = {375, 1280};

    /**
     * The summary's links whose target is missing, is not a form control, or is not marked invalid (a fieldset
     * counts as marked when it holds the invalid control); empty when every link leads to its field.
     */
    @SuppressWarnings("unchecked")
    private static List<String> brokenLinks(Page page) {
        return (List<String>) page.evaluate("() => [...document.querySelectorAll('[data-error-summary] a[href^=\"#\"]')]"
                + ".map(a => a.getAttribute('href').slice(1)).filter(id => { const el = document.getElementById(id);"
                + " return !el || !el.matches('input, select, textarea, fieldset')"
                + " || (el.getAttribute('aria-invalid') !== 'true' && !el.querySelector('[aria-invalid=true]')); })");
    }

    private static int summaryLinks(Page page) {
        return page.locator("[data-error-summary] a").count();
    }

    private void refusedFormLinksEveryField(Page page, String name) {
        page.locator("[data-error-summary]").first().waitFor();
        assertThat(summaryLinks(page)).as(name + ": links in the summary").isPositive();
        assertThat(brokenLinks(page)).as(name + ": summary links without their field").isEmpty();
        assertAccessible(page);
    }

    private Page at(int width) {
        BrowserContext sized = newContext("en-GB", width, 900);
        return sized.newPage();
    }

    private String member(String name) {
        return BrowserMembers.confirmed(accounts, db, name, "IS", "Selfoss", null, PASSWORD, Locale.ENGLISH);
    }

    @Test
    void theJoinFormLinksEachErrorToItsField() {
        for (int width : WIDTHS) {
            Page join = at(width);
            join.navigate("/join");
            screenshot(join, "forms-join-" + width);
            assertAccessible(join);
            join.locator("#email").fill("not an address");
            join.locator("#bio").fill("b".repeat(501));
            join.locator("form[action='/join'] button[type=submit]").click();
            refusedFormLinksEveryField(join, "join");
            assertThat(join.locator("#join-errors a").allTextContents())
                    .contains("Enter a valid email address, such as name@example.org.", "Choose your country.");
            // the summary takes the focus, and its link moves it to the field
            join.waitForFunction("() => document.activeElement && document.activeElement.id === 'join-errors'");
            join.locator("#join-errors a[href='#country']").click();
            assertThat(join.evaluate("() => document.activeElement.id")).isEqualTo("country");
            screenshot(join, "forms-join-errors-" + width);
            join.context().close();
        }
    }

    @Test
    void theMembersOwnFormsLinkEachErrorToItsField() {
        String email = member("Hrafnhildur");
        for (int width : WIDTHS) {
            Page me = at(width);
            BrowserMembers.logIn(me, email, PASSWORD);
            screenshot(me, "forms-me-" + width);
            assertAccessible(me);
            me.locator("#displayName").fill("");
            me.locator("form[action^='/me/profile'] button[type=submit]").click();
            refusedFormLinksEveryField(me, "profile");
            me.locator("#currentPassword").fill("not my password at all");
            me.locator("#newPassword").fill("short");
            me.locator("form[action^='/me/password'] button[type=submit]").click();
            me.locator("#password-errors").waitFor();
            refusedFormLinksEveryField(me, "password");
            me.locator("#country").selectOption("");
            me.locator("#locality").fill("");
            me.locator("form[action^='/me/residence'] button[type=submit]").click();
            me.locator("#residence-errors").waitFor();
            refusedFormLinksEveryField(me, "residence");
            screenshot(me, "forms-me-errors-" + width);
            me.context().close();
        }
    }

    @Test
    void theAdminFormsOfUnitsAndPagesLinkEachErrorToItsField() {
        String email = member("Ingibjorg");
        UUID admin = db.sql("SELECT id FROM member WHERE email = ?").param(email).query(UUID.class).single();
        db.sql("INSERT INTO unit_roles (id, unit_id, member_id, role, starts_at) "
                + "VALUES (?, ?, ?, 'ADMIN', now() - interval '1 day')")
                .params(UUID.randomUUID(), UUID.fromString(INTERNATIONAL), admin).update();
        UUID iceland = db.sql("SELECT id FROM units WHERE level = 'BRANCH' AND country_code = 'IS'")
                .query(UUID.class).single();
        for (int width : WIDTHS) {
            Page page = at(width);
            BrowserMembers.logIn(page, email, PASSWORD);

            page.navigate("/units/" + iceland + "/admin");
            page.locator("#region-name").fill("");
            page.locator("form[action$='/regions'] button[type=submit]").click();
            refusedFormLinksEveryField(page, "unit admin");
            screenshot(page, "forms-unit-admin-errors-" + width);

            page.navigate("/admin/pages");
            page.locator("#new-slug").fill("Not a slug!");
            page.locator("form[action='/admin/pages'] button.primary").click();
            refusedFormLinksEveryField(page, "new page");
            screenshot(page, "forms-page-new-errors-" + width);

            page.navigate("/admin/pages/vision/en");
            screenshot(page, "forms-page-edit-" + width);
            page.locator("#title").fill("");
            page.locator("form.page-editor button.primary").click();
            refusedFormLinksEveryField(page, "page editor");
            screenshot(page, "forms-page-edit-errors-" + width);
            page.context().close();
        }
    }
}
