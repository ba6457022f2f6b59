package org.iops.search;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.iops.content.Visibility;
import org.iops.forums.store.CategoryRepository;
import org.iops.forums.store.ForumPosting;
import org.iops.units.Residence;
import org.iops.units.TestMembers;
import org.iops.units.UnitDirectory;
import org.iops.units.UnitFixtures;
import org.iops.web.BrowserTestSupport;
import org.iops.web.CurrentMember;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Search in a real browser: a visitor searches, narrows by language, opens a result; a member finds what only members
 * may read; a phone reader searches in German; a unit's page searches within the unit. Screenshots under
 * target/screenshots/search-*, axe-core on every screen.
 */
class SearchBrowserIT extends BrowserTestSupport {

    record Member(UUID memberId, String displayName) implements CurrentMember {
    }

    @Autowired
    TestMembers members;
    @Autowired
    UnitDirectory directory;
    @Autowired
    UnitFixtures fixtures;
    @Autowired
    ForumPosting posting;
    @Autowired
    CategoryRepository categories;

    Member ana;
    UUID chapter;
    String word;

    @BeforeAll
    void aChapterThatTalksAboutGardens() {
        String town = UnitFixtures.unique("Coimbra");
        UUID id = members.add("Ana Lima");
        directory.place(id, new Residence("PT", town, null));
        ana = new Member(id, "Ana Lima");
        chapter = fixtures.chapterOf(id);
        UUID category = categories.defaultOf(chapter).id();
        word = SearchIntegrationTest.token();
        posting.startTopic(id, category, "Community garden " + word,
                "We are planting tomatoes in the community gardens of " + word + ". <script>alert(1)</script>", "en",
                Visibility.PUBLIC);
        posting.startTopic(id, category, "Huerto comunitario " + word,
                "Plantamos tomates en los huertos de " + word + ".", "es", Visibility.PUBLIC);
        posting.startTopic(id, category, "Garden budget " + word,
                "The gardening budget of " + word + " is for members only.", "en", Visibility.MEMBERS);
    }

    @Test
    void searchFilterAndOpenAResult() {
        page.navigate("/");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Search").setExact(true)).click();
        assertThat(mainHeading(page)).hasText("Search");
        assertThat(page.getByText("Type the words you are looking for.")).isVisible();
        assertAccessible(page);

        page.getByLabel("Words to find").fill("gardening " + word);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search").setExact(true)).click();
        Locator results = page.locator(".search-results li");
        assertThat(results).hasCount(1);
        assertThat(results.first()).containsText("Community garden " + word);
        assertThat(results.first().locator("mark").first()).hasText("gardens");
        assertThat(page.getByText("Garden budget")).hasCount(0);
        screenshot(page, "search-results");
        assertAccessible(page);

        page.getByLabel("Words to find").fill("tomato " + word);
        page.getByText("Filters").click();
        page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Language")).selectOption("es");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search").setExact(true)).click();
        assertThat(results).hasCount(1);
        assertThat(results.first()).containsText("Huerto comunitario " + word);
        assertThat(page).hasURL(urlContaining("language=es"));
        screenshot(page, "search-filtered");
        assertAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Huerto comunitario " + word)).click();
        assertThat(mainHeading(page)).hasText("Huerto comunitario " + word);
    }

    @Test
    void aMemberFindsWhatOnlyMembersMayRead() {
        BrowserContext browser = newContext("en-GB", 1280, 900);
        signIn(browser, ana);
        Page memberPage = browser.newPage();
        memberPage.navigate("/search?q=" + "budget+" + word);
        assertThat(memberPage.locator(".search-results li")).hasCount(1);
        assertThat(memberPage.locator(".search-results li").first()).containsText("Garden budget " + word);
        assertAccessible(memberPage);
        browser.close();
    }

    @Test
    void onAPhoneInGermanAndWithinAUnit() {
        BrowserContext phone = newPhoneContext("de-DE");
        Page phonePage = phone.newPage();
        phonePage.navigate("/units/" + chapter + "?lang=de");
        phonePage.getByLabel("Gesuchte Wörter, hier und in den Einheiten darunter").fill("garden " + word);
        phonePage.locator("#section-search").getByRole(AriaRole.BUTTON).click();
        assertThat(mainHeading(phonePage)).hasText("Suche");
        assertThat(phonePage).hasURL(urlContaining("unit=" + chapter));
        assertThat(phonePage.locator(".search-results li").first()).containsText("Community garden " + word);
        screenshot(phonePage, "search-phone");
        assertAccessible(phonePage);
        phone.close();
    }
}
