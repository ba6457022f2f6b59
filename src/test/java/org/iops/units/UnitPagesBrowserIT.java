package org.iops.units;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iops.units.tree.ChosenMemberships;
import org.iops.units.tree.Structure;
import org.iops.units.tree.Unit;
import org.iops.units.tree.UnitDirectoryService;
import org.iops.web.BrowserTestSupport;
import org.iops.web.CurrentMember;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The tree's pages in a real browser, on a desktop and on a phone: screenshots under target/screenshots/units-*,
 * an axe-core check on each, and an admin adding another name for a chapter through the form.
 */
class UnitPagesBrowserIT extends BrowserTestSupport {

    /** The international admin, signed in with {@link #signIn(BrowserContext, CurrentMember)}. */
    record Admin(UUID memberId, String displayName) implements CurrentMember {
    }

    @Autowired
    TestMembers members;
    @Autowired
    UnitFixtures fixtures;
    @Autowired
    UnitDirectoryService directory;
    @Autowired
    Structure structure;
    @Autowired
    ChosenMemberships chosen;

    Admin admin;
    Map<String, String> pages = new LinkedHashMap<>();
    UUID porto;
    UUID lisbon;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @BeforeAll
    void aSmallOrganization() {
        UUID adminId = members.add("Amina Okafor");
        fixtures.grant(adminId, Role.ADMIN, Unit.INTERNATIONAL);
        admin = new Admin(adminId, "Amina Okafor");
        UUID lisbon = null;
        for (int i = 0; i < 40; i++) {
            UUID member = members.add(List.of("Ana", "Bruno", "Carla", "Duarte", "Eva").get(i % 5) + " " + (char) ('A' + i % 26) + ".", i % 7 == 0);
            directory.place(member, new Residence("PT", i % 2 == 0 ? "Lisboa" : "lisboa ", null));
            lisbon = fixtures.chapterOf(member);
        }
        UUID portoMember = members.add("Rui Pereira");
        directory.place(portoMember, new Residence("PT", "Porto", null));
        porto = fixtures.chapterOf(portoMember);
        UUID coimbraMember = members.add("Inês Costa");
        directory.place(coimbraMember, new Residence("PT", "Coimbra", null));
        UUID coimbra = fixtures.chapterOf(coimbraMember);
        UUID branch = fixtures.branchOf(portoMember);
        structure.found(adminId, lisbon, LocalDate.of(2026, 3, 14));
        structure.found(adminId, coimbra, LocalDate.of(2025, 9, 1));
        structure.changeStatus(adminId, coimbra, UnitStatus.DORMANT);
        structure.addAlias(adminId, lisbon, "Lisbon");
        Unit north = structure.addRegion(adminId, branch, "Norte");
        structure.moveChapter(adminId, porto, north.id());
        Unit online = structure.addChapter(adminId, branch, "Portugal online", ChapterKind.ONLINE);
        chosen.join(portoMember, online.id());
        fixtures.grant(portoMember, Role.ADMIN, porto);
        fixtures.grant(members.add("Sofia Martins"), Role.ADMIN, lisbon);
        for (String[] place : new String[][] {{"BR", "São Paulo"}, {"BR", "Recife"}, {"DE", "Köln"}, {"KE", "Nairobi"}}) {
            directory.place(members.add("Member in " + place[1]), new Residence(place[0], place[1], null));
        }
        pages.put("branches", "/branches");
        pages.put("international", "/units/" + Unit.INTERNATIONAL);
        pages.put("branch", "/units/" + branch);
        pages.put("region", "/units/" + north.id());
        pages.put("chapter", "/units/" + lisbon);
        pages.put("chapter-admin", "/units/" + lisbon + "/admin");
        pages.put("branch-admin", "/units/" + branch + "/admin");
        pages.put("audit", "/units/" + branch + "/audit");
        pages.put("chapter-without-admins", "/units/" + coimbra);
        pages.put("my-roles", "/roles");
        pages.put("admin-members", "/units/" + branch + "/admin/members?q=a");
        pages.put("merge-confirm", "/units/" + porto + "/merge");
        UUID sofiasTerm = jdbc.sql("SELECT id FROM unit_roles WHERE unit_id = ?").param(lisbon).query(UUID.class).single();
        pages.put("end-role-confirm", "/units/" + lisbon + "/roles/" + sofiasTerm + "/end");
        this.lisbon = lisbon;
        pages.put("role-search", "/units/" + lisbon + "/admin?q=ana");
        pages.put("provisional-admin", "/units/" + porto + "/admin");
        pages.put("delete-confirm", "/units/" + porto + "/delete");
    }

    @Test
    void everyPageReadsWellOnADesktopAndAPhone() {
        signIn(context, admin);
        BrowserContext phone = newPhoneContext("en-GB");
        signIn(phone, admin);
        Page onPhone = phone.newPage();
        for (Map.Entry<String, String> entry : pages.entrySet()) {
            page.navigate(entry.getValue());
            assertThat(mainHeading(page)).hasCount(1);
            screenshot(page, "units-" + entry.getKey() + "-desktop");
            assertAccessible(page);
            onPhone.navigate(entry.getValue());
            screenshot(onPhone, "units-" + entry.getKey() + "-phone");
            assertThat((Boolean) onPhone.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"))
                    .as(entry.getKey() + " fits a phone without sideways scrolling").isTrue();
        }
        phone.close();
    }

    @Test
    void anAdminAddsAnotherNameAndSeesTheMistakeOnAnEmptyOne() {
        signIn(context, admin);
        page.navigate("/units/" + porto + "/admin");
        page.getByLabel("Other name", new Page.GetByLabelOptions().setExact(true)).fill("   ");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Add the name")).click();
        assertThat(page.locator(".field-error")).containsText("Enter a name.");
        screenshot(page, "units-alias-error-desktop");
        assertAccessible(page);

        page.getByLabel("Other name", new Page.GetByLabelOptions().setExact(true)).fill("Oporto");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Add the name")).click();
        assertThat(page.locator(".notice.success")).containsText("The name has been added.");
        assertThat(page.locator(".units-aliases")).containsText("Oporto");
        assertThat(fixtures.chapterOf(fixtures.memberIn("PT", "oporto"))).isEqualTo(porto);
    }

    @Test
    void endNowButtonsAreNamedByTheirVisibleText() {
        signIn(context, admin);
        page.navigate("/units/" + lisbon + "/admin");
        // label-content-name-mismatch is one of axe-core's experimental rules: it runs only when asked for
        com.deque.html.axecore.results.AxeResults results = new com.deque.html.axecore.playwright.AxeBuilder(page)
                .withRules(List.of("label-content-name-mismatch")).analyze();
        assertThat(results.getViolations()).as("label-content-name-mismatch").isEmpty();
        assertThat(results.getPasses()).as("the rule looked at the role table").isNotEmpty();
        com.microsoft.playwright.Locator endNow = page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^End now\\s+the Admin role of Sofia Martins$")));
        assertThat(endNow.count()).isOne();
        // what a sighted reader sees is the text outside the visually hidden part
        assertThat(endNow.evaluate("a => a.firstChild.textContent")).isEqualTo("End now");
        endNow.click();
        assertThat(mainHeading(page)).hasText("End the Admin role of Sofia Martins now?");
        assertAccessible(page);
    }
}
