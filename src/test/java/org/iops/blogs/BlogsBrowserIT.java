package org.iops.blogs;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.iops.units.Residence;
import org.iops.units.Role;
import org.iops.units.TestMembers;
import org.iops.units.UnitFixtures;
import org.iops.units.tree.UnitDirectoryService;
import org.iops.web.BrowserTestSupport;
import org.iops.web.CurrentMember;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A member writes a draft, publishes it to their chapter, finds it on the chapter's page, edits it, reads its history,
 * and a second member translates it; every screen checked by axe-core, on a desktop and at a phone's 375 pixels, screenshots
 * under target/screenshots/blogs-*.
 */
class BlogsBrowserIT extends BrowserTestSupport {

    /** A member of this test, signed in with {@link #signIn(BrowserContext, CurrentMember)}. */
    record Writer(UUID memberId, String displayName) implements CurrentMember {
    }

    @Autowired
    TestMembers members;
    @Autowired
    UnitFixtures fixtures;
    @Autowired
    UnitDirectoryService directory;

    Writer author;
    Writer translator;
    UUID chapter;

    @BeforeAll
    void twoMembersOfAChapter() {
        String town = UnitFixtures.unique("Pelotas");
        author = new Writer(members.add("Lucía Fernández"), "Lucía Fernández");
        directory.place(author.memberId(), new Residence("BR", town, null));
        translator = new Writer(members.add("Jonas Weber"), "Jonas Weber");
        directory.place(translator.memberId(), new Residence("BR", town, null));
        chapter = fixtures.chapterOf(author.memberId());
        fixtures.grant(author.memberId(), Role.ADMIN, chapter);
    }

    @Test
    void aMemberWritesPublishesEditsAndAnotherTranslates() {
        signIn(context, author);
        page.navigate("/posts/new");
        check("write");
        page.getByLabel("Title").fill("Our first repair café");
        page.getByLabel("Text").fill("We fixed **twelve** bikes and three radios.\n\n- bring tools\n- bring friends");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save as draft")).click();
        assertThat(page.locator(".notice").first()).containsText("Your draft is saved");
        assertThat(page.getByText("This is a draft: only you can see it.")).isVisible();
        check("draft");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit the draft")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish")).click();
        assertThat(page.locator(".notice.success")).containsText("Your post is saved.");
        String postUrl = page.url();

        page.navigate("/units/" + chapter);
        assertThat(page.locator("#section-blog")).containsText("Our first repair café");
        check("chapter");

        page.navigate(postUrl);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit").setExact(true)).click();
        page.getByLabel("Text").fill("We fixed **fifteen** bikes and three radios.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes")).click();
        assertThat(page.locator(".prose")).containsText("fifteen");
        page.locator(".blog-edited").click();
        assertThat(mainHeading(page)).hasText("History of “Our first repair café”");
        check("history");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Revision 1")).click();
        assertThat(page.locator(".prose")).containsText("twelve");
        check("revision");

        page.navigate("/units/" + chapter + "/blog");
        check("unit-blog");
        page.navigate("/posts/drafts");
        check("drafts");

        BrowserContext second = newContext("en-GB", 1280, 900);
        signIn(second, translator);
        Page other = second.newPage();
        other.navigate(postUrl);
        other.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Translate")).click();
        other.getByLabel("Language of the translation").selectOption("es");
        other.getByLabel("Title").fill("Nuestro primer café de reparación");
        other.getByLabel("Text").fill("Arreglamos **quince** bicicletas y tres radios.");
        screenshot(other, "blogs-translate-desktop");
        assertAccessible(other);
        other.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish the translation")).click();
        assertThat(mainHeading(other)).hasText("Nuestro primer café de reparación");
        assertThat(other.getByText("Translated by Jonas Weber.")).isVisible();
        screenshot(other, "blogs-translation-desktop");
        assertAccessible(other);
        other.locator(".blog-languages").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName("English")).click();
        assertThat(mainHeading(other)).hasText("Our first repair café");
        assertThat(other.locator(".blog-languages")).containsText("Español");
        second.close();

        page.navigate(postUrl);
        assertThat(page.locator(".blog-languages")).containsText("Also in:");
        check("post");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Feature on ")).first().click();
        assertThat(page.locator(".notice.success")).containsText("The post is featured.");
        page.navigate("/units/" + chapter + "/blog/featured");
        assertThat(page.locator(".units-activity")).containsText("featured “Our first repair café”");
        check("featured-admin");
    }

    /** A screenshot on a desktop and on a phone, and axe-core on both. */
    private void check(String name) {
        screenshot(page, "blogs-" + name + "-desktop");
        assertAccessible(page);
        Page onPhone = signedIn(author, 375);
        onPhone.navigate(page.url());
        screenshot(onPhone, "blogs-" + name + "-phone");
        assertAccessible(onPhone);
        assertThat((Boolean) onPhone.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"))
                .as(name + " fits a phone without sideways scrolling").isTrue();
        onPhone.context().close();
    }
}
