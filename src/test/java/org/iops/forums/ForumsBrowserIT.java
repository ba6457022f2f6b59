package org.iops.forums;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.iops.units.Residence;
import org.iops.units.Role;
import org.iops.units.TestMembers;
import org.iops.units.UnitDirectory;
import org.iops.units.UnitFixtures;
import org.iops.web.BrowserTestSupport;
import org.iops.web.CurrentMember;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A chapter's forum in a real browser: the admin creates a category, a member starts a topic, another replies and the
 * first sees the reply appear without reloading, quotes it, and the admin (a moderator of the chapter) pins and closes
 * the topic. Screenshots under target/screenshots/forums-*, axe-core on every screen, also at phone width.
 */
class ForumsBrowserIT extends BrowserTestSupport {

    record Member(UUID memberId, String displayName) implements CurrentMember {
    }

    @Autowired
    TestMembers members;
    @Autowired
    UnitFixtures fixtures;
    @Autowired
    UnitDirectory directory;

    Member admin;
    Member ana;
    Member bruno;
    UUID chapter;

    @BeforeAll
    void aChapterWithThreeMembers() {
        String town = UnitFixtures.unique("Coimbra");
        ana = place("Ana Lima", town);
        bruno = place("Bruno Sousa", town);
        admin = place("Carla Admin", town);
        chapter = fixtures.chapterOf(ana.memberId());
        fixtures.grant(admin.memberId(), Role.ADMIN, chapter);
    }

    private Member place(String name, String town) {
        UUID id = members.add(name);
        directory.place(id, new Residence("PT", town, null));
        return new Member(id, name);
    }

    @Test
    void createStartReplyLiveQuotePinAndClose() {
        signIn(context, admin);
        page.navigate("/units/" + chapter + "/forum");
        assertThat(mainHeading(page)).containsText("Forum of");
        screenshot(page, "forums-forum");
        assertAccessible(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Manage the categories")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the category")).click();
        assertThat(page.getByText("Give the category a name.").first()).isVisible();
        assertAccessible(page);
        page.getByLabel("Name").fill("Campaigns");
        page.getByLabel("Description").fill("What we organise together.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the category")).click();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Campaigns").setExact(true))).isVisible();
        screenshot(page, "forums-categories");
        assertAccessible(page);

        BrowserContext anaBrowser = newContext("en-GB", 1280, 900);
        signIn(anaBrowser, ana);
        Page anaPage = anaBrowser.newPage();
        anaPage.navigate("/units/" + chapter + "/forum");
        anaPage.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Campaigns")).click();
        anaPage.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start a topic")).click();
        assertAccessible(anaPage);
        anaPage.getByLabel("Title").fill("Leafleting on Saturday");
        anaPage.getByLabel("Text").fill("Who can come to the **market** at ten?");
        anaPage.getByLabel("Who may read it").selectOption("MEMBERS");
        screenshot(anaPage, "forums-new-topic");
        anaPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish the topic")).click();
        assertThat(mainHeading(anaPage)).hasText("Leafleting on Saturday");
        String topicUrl = anaPage.url();

        BrowserContext brunoBrowser = newContext("en-GB", 1280, 900);
        signIn(brunoBrowser, bruno);
        Page brunoPage = brunoBrowser.newPage();
        brunoPage.navigate(topicUrl);
        brunoPage.getByLabel("Your reply").fill("I can, with the banner.");
        brunoPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post the reply")).click();
        assertThat(brunoPage.getByText("I can, with the banner.")).isVisible();

        // Ana never reloaded: the poll of the last page brings the reply in
        assertThat(anaPage.getByText("I can, with the banner.")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        screenshot(anaPage, "forums-topic-live");
        assertAccessible(anaPage);
        anaPage.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Quote")).first().click();
        Locator reply = anaPage.getByLabel("Your reply");
        assertThat(reply).containsText("> I can, with the banner.");
        reply.fill(reply.inputValue() + "Great, see you there.");
        anaPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post the reply")).click();
        assertThat(anaPage.getByText("In answer to reply #1")).isVisible();
        assertThat(anaPage.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bruno Sousa wrote in reply #1"))).isVisible();

        page.navigate(topicUrl + "?page=1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pin")).click();
        assertThat(page.getByText("Pinned by a moderator")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close")).click();
        assertThat(page.getByText("This topic is closed: it takes no more replies.")).isVisible();
        screenshot(page, "forums-topic-closed");
        assertAccessible(page);

        brunoPage.navigate(topicUrl + "?page=1");
        assertThat(brunoPage.getByLabel("Your reply")).hasCount(0);

        BrowserContext phone = newPhoneContext("de-DE");
        signIn(phone, bruno);
        Page phonePage = phone.newPage();
        phonePage.navigate(topicUrl + "?page=1&lang=de");
        assertThat(phonePage.getByText("Von der Moderation geschlossen")).isVisible();
        screenshot(phonePage, "forums-topic-phone");
        assertAccessible(phonePage);
        phonePage.navigate("/new");
        assertThat(mainHeading(phonePage)).hasText("Was ist neu");
        assertThat(phonePage.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Leafleting on Saturday")).first()).isVisible();
        screenshot(phonePage, "forums-new-phone");
        assertAccessible(phonePage);
        phonePage.navigate("/units/" + chapter);
        assertThat(phonePage.locator("#section-forum")).containsText("Leafleting on Saturday");
        screenshot(phonePage, "forums-unit-section-phone");
        assertAccessible(phonePage);
        phone.close();
        anaBrowser.close();
        brunoBrowser.close();
    }

    @Test
    void aMemberTranslatesATopicAndReadersSwitchAndFilterByLanguage() {
        BrowserContext anaBrowser = newContext("en-GB", 1280, 900);
        signIn(anaBrowser, ana);
        Page anaPage = anaBrowser.newPage();
        anaPage.navigate("/units/" + chapter + "/forum");
        anaPage.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("General")).first().click();
        String categoryUrl = anaPage.url();
        anaPage.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start a topic")).click();
        anaPage.getByLabel("Title").fill("Neighbourhood assembly");
        anaPage.getByLabel("Text").fill("We meet on **Thursday** at the library.");
        anaPage.getByLabel("Language it is written in").selectOption("en");
        anaPage.getByLabel("Who may read it").selectOption("PUBLIC");
        anaPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish the topic")).click();
        assertThat(mainHeading(anaPage)).hasText("Neighbourhood assembly");
        String topicPath = anaPage.url().substring(baseUrl().length()).replaceAll("[?#].*", "");

        signIn(context, bruno);
        page.navigate(topicPath);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Translate")).click();
        assertThat(mainHeading(page)).hasText("Translate this topic");
        page.getByLabel("Language of the translation").selectOption("pt");
        page.getByLabel("Title").fill("Assembleia do bairro");
        page.getByLabel("Text").fill("Encontramo-nos na **quinta-feira** na biblioteca.");
        screenshot(page, "forums-translate");
        assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish the translation")).click();
        assertThat(mainHeading(page)).hasText("Assembleia do bairro");
        assertThat(page.getByText("Translated by Bruno Sousa.")).isVisible();
        screenshot(page, "forums-translation");
        assertAccessible(page);

        BrowserContext visitor = newPhoneContext("en-GB");
        Page phone = visitor.newPage();
        phone.navigate(topicPath);
        Locator languages = phone.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Languages of this topic"));
        assertThat(languages).containsText("Also in:");
        screenshot(phone, "forums-topic-languages-phone");
        assertAccessible(phone);
        languages.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Portuguese")).click();
        assertThat(mainHeading(phone)).hasText("Assembleia do bairro");
        visitor.close();

        anaPage.navigate(categoryUrl);
        anaPage.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start a topic")).click();
        anaPage.getByLabel("Title").fill("Asamblea del barrio");
        anaPage.getByLabel("Text").fill("Nos vemos el jueves.");
        anaPage.getByLabel("Language it is written in").selectOption("es");
        anaPage.getByLabel("Who may read it").selectOption("PUBLIC");
        anaPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish the topic")).click();
        assertThat(mainHeading(anaPage)).hasText("Asamblea del barrio");
        anaPage.navigate(categoryUrl);
        anaPage.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Filter by language"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Español")).click();
        assertThat(anaPage.locator("main")).containsText("Asamblea del barrio");
        assertThat(anaPage.locator("main")).not().containsText("Neighbourhood assembly");
        screenshot(anaPage, "forums-category-filtered");
        assertAccessible(anaPage);
        anaBrowser.close();
    }
}
