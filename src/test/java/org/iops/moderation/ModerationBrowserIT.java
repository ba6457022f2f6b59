package org.iops.moderation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.iops.TestContent;
import org.iops.content.ContentItem;
import org.iops.content.Visibility;
import org.iops.units.Role;
import org.iops.units.UnitFixtures;
import org.iops.units.UnitId;
import org.iops.web.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Flag, moderate and appeal in a real browser: a member flags an item, the chapter's moderator hides it from the
 * queue, readers see the reason in its place, the author appeals, the branch's moderator overturns. Screenshots
 * under target/screenshots/moderation-*, axe-core on every screen, the queue also at phone width.
 */
class ModerationBrowserIT extends BrowserTestSupport {

    @Autowired
    UnitFixtures fixtures;
    @Autowired
    TestContent items;

    @Test
    void aFlaggedItemIsHiddenFromTheQueueAppealedAndOverturnedAbove() {
        UUID author = fixtures.memberIn("PT", UnitFixtures.unique("Braga"));
        UnitId chapter = new UnitId(fixtures.chapterOf(author));
        UnitId branch = new UnitId(fixtures.branchOf(author));
        UUID flagger = fixtures.memberIn("PT", UnitFixtures.unique("Faro"));
        UUID chapterModerator = fixtures.memberWithRole(Role.MODERATOR, chapter.value());
        UUID branchModerator = fixtures.memberWithRole(Role.MODERATOR, branch.value());
        ContentItem item = items.add(chapter, author, Visibility.PUBLIC, org.iops.content.ContentState.PUBLISHED, null,
                "Cheap watches at **www.watches.example**, call now");

        // a member flags it
        signIn(context, flagger);
        page.navigate(item.path());
        page.getByText("Flag", new Page.GetByTextOptions().setExact(true)).click();
        // this page loads no scripts: the opened flag offers the flag page, where the form is (with scripts, the form
        // comes in place: DiscussionsJourneyBrowserIT)
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Flag an item for the moderators")).click();
        page.getByLabel("Why should moderators look at it?").selectOption("SPAM");
        screenshot(page, "moderation-flag-form");
        assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send to the moderators")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("You flagged this.");
        assertThat(mainHeading(page)).hasText("Flag an item for the moderators");
        screenshot(page, "moderation-flagged");
        assertAccessible(page);

        // the chapter's moderator finds it on the chapter's page and hides it from the queue
        BrowserContext moderator = newContext("en-GB", 1280, 900);
        signIn(moderator, chapterModerator);
        Page queue = moderator.newPage();
        queue.navigate("/units/" + chapter);
        queue.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open the moderation queue")).click();
        assertThat(mainHeading(queue)).containsText("Moderation queue of");
        assertThat(queue.locator("article.moderation-item")).containsText("Spam or advertising: 1 flag");
        screenshot(queue, "moderation-queue");
        assertAccessible(queue);
        queue.locator("#item-" + item.ref().id() + "-reason").fill("Advertising a shop");
        queue.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hide")).click();
        assertThat(queue.getByRole(AriaRole.STATUS)).containsText("The item is hidden");
        queue.navigate("/units/" + chapter + "/moderation/log");
        assertThat(queue.locator("table")).containsText("Advertising a shop");
        screenshot(queue, "moderation-log");
        assertAccessible(queue);
        moderator.close();

        // readers see the reason in its place
        page.navigate(item.path());
        assertThat(page.locator("main")).containsText("Hidden by a moderator: Advertising a shop");
        assertThat(page.locator("main")).not().containsText("Cheap watches");

        // the author appeals from the item
        BrowserContext writer = newContext("en-GB", 1280, 900);
        signIn(writer, author);
        Page own = writer.newPage();
        own.navigate(item.path());
        own.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Appeal")).click();
        assertThat(mainHeading(own)).hasText("Appeal a moderation action");
        own.getByLabel("Your appeal").fill("It is our chapter's fundraising stall, not a shop");
        screenshot(own, "moderation-appeal");
        assertAccessible(own);
        own.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the appeal")).click();
        assertThat(own.getByRole(AriaRole.STATUS)).containsText("Your appeal was sent");
        writer.close();

        // the branch's moderator overturns it, at phone width
        Page above = signedIn(branchModerator, 375);
        above.navigate("/units/" + branch + "/moderation");
        assertThat(above.locator("article.moderation-item").first()).containsText("fundraising stall");
        screenshot(above, "moderation-queue-phone");
        assertAccessible(above);
        above.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Overturn and undo it")).click();
        assertThat(above.getByRole(AriaRole.STATUS)).containsText("the action was undone");
        above.context().close();

        page.navigate(item.path());
        assertThat(page.locator("main")).containsText("Cheap watches");
    }
}
