package org.iops.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.iops.members.Outbox;
import org.iops.notifications.Delivery;
import org.iops.notifications.inbound.InboundReplies;
import org.iops.notifications.inbound.Mailbox;
import org.iops.notifications.mail.Digests;
import org.iops.units.Role;
import org.iops.units.UnitFixtures;
import org.iops.web.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The journey through every discussion module, in a real browser, by members of one chapter and its
 * moderators: a blog post, a comment with a mention picked from the suggestions and a reply, a like; a forum reply
 * flagged, hidden from the chapter's queue with a reason, the reason in place, an appeal decided by the branch's
 * moderator; the daily digest (over real SMTP in {@link DigestOverSmtpBrowserIT}); a reply by email (GreenMail's
 * SMTP and IMAP) that appears in the topic. Screenshots
 * under target/screenshots/journey-*, axe-core on every screen, the phone width too.
 */
class DiscussionsJourneyBrowserIT extends BrowserTestSupport {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @Autowired
    UnitFixtures fixtures;
    @Autowired
    JdbcClient db;
    @Autowired
    Digests digests;
    @Autowired
    InboundReplies inbound;

    @Test
    void membersWriteDiscussModerateAppealAndReplyByEmail() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 5);
        String town = UnitFixtures.unique("Coimbra");
        UUID ana = placed("Ana" + tag, town);
        UUID ben = placed("Ben" + tag, town);
        UUID chapter = fixtures.chapterOf(ana);
        UUID branch = fixtures.branchOf(ana);
        UUID chapterModerator = fixtures.memberWithRole(Role.MODERATOR, chapter);
        UUID branchModerator = fixtures.memberWithRole(Role.MODERATOR, branch);

        // Ana writes a blog post for her chapter
        signIn(context, ana);
        page.navigate("/posts/new");
        page.getByLabel("Title").fill("Community garden " + tag);
        page.getByLabel("Text").fill("We start **on Saturday** at the old school.");
        screenshot(page, "journey-post-editor");
        assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish")).click();
        assertThat(mainHeading(page)).hasText("Community garden " + tag);
        String postPath = page.url().substring(baseUrl().length());

        // Ben comments, mentioning Ana from the suggestions, and likes the post
        BrowserContext bens = newContext("en-GB", 1280, 900);
        signIn(bens, ben);
        Page benPage = bens.newPage();
        benPage.navigate(postPath);
        benPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Like")).first().click();
        assertThat(benPage.locator(".like-count").first()).containsText("1");
        benPage.getByLabel("Your comment").pressSequentially("I will bring tools, @Ana" + tag.substring(0, 2));
        assertThat(benPage.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Ana" + tag))).isVisible();
        screenshot(benPage, "journey-mention-suggestions");
        assertAccessible(benPage);
        benPage.keyboard().press("Enter");
        assertThat(benPage.getByLabel("Your comment")).hasValue("I will bring tools, @Ana" + tag + " ");
        benPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post comment")).click();
        assertThat(benPage.locator("main")).containsText("I will bring tools");

        // Ana was told of the mention; she replies to the comment
        page.navigate("/notifications");
        assertThat(page.locator(".notifications-list")).containsText("Community garden " + tag);
        screenshot(page, "journey-notifications");
        assertAccessible(page);
        page.navigate(postPath);
        assertThat(page.locator(".like-count").first()).containsText("1");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Reply").setExact(true)).first().click();
        page.getByLabel("Your reply").fill("Thank you! Gloves too, please.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post reply")).click();
        assertThat(page.locator("main")).containsText("Gloves too, please.");
        screenshot(page, "journey-post-discussed");
        assertAccessible(page);

        // Ana starts a forum topic, Ben follows the forum; Ben replies with an advert, Ana flags it
        benPage.navigate("/units/" + chapter + "/forum");
        benPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Follow").setExact(true)).first()
                .click();
        assertThat(benPage.locator(".forums-follow").first()).containsText("You follow");
        UUID category = org.iops.forums.ForumSeeds.defaultCategory(db, chapter);
        page.navigate("/forums/categories/" + category + "/new");
        page.getByLabel("Title").fill("Tool library " + tag);
        page.getByLabel("Text").fill("Shall we lend tools to neighbours?");
        screenshot(page, "journey-topic-form");
        assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish the topic")).click();
        assertThat(mainHeading(page)).hasText("Tool library " + tag);
        String topicPath = page.url().substring(baseUrl().length()).replaceAll("[?#].*", "");
        UUID topic = UUID.fromString(topicPath.substring("/topics/".length()));

        benPage.navigate(topicPath);
        benPage.getByLabel("Your reply").fill("Buy cheap drills at drills.example, call 555 0199");
        benPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post the reply")).click();
        assertThat(benPage.locator("main")).containsText("555 0199");
        UUID advert = db.sql("SELECT id FROM forum_reply WHERE topic_id = ? AND author_id = ?").params(topic, ben)
                .query(UUID.class).single();

        page.navigate(topicPath + "?page=1");
        page.locator("#reply-1").getByText("Flag", new Locator.GetByTextOptions().setExact(true)).click();
        page.locator("#reply-1").getByLabel("Why should moderators look at it?").selectOption("SPAM");
        screenshot(page, "journey-flag");
        assertAccessible(page);
        page.locator("#reply-1")
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Send to the moderators"))
                .click();
        assertThat(page.locator("#reply-1")).containsText("You flagged this.");

        // the chapter's moderator hides it from the chapter's queue, with a reason
        BrowserContext moderator = newContext("en-GB", 1280, 900);
        signIn(moderator, chapterModerator);
        Page queue = moderator.newPage();
        queue.navigate("/units/" + chapter + "/moderation");
        assertThat(queue.locator("article.moderation-item")).containsText("Spam or advertising: 1 flag");
        screenshot(queue, "journey-queue");
        assertAccessible(queue);
        queue.locator("#item-" + advert + "-reason").fill("Advertising a shop");
        queue.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hide")).click();
        assertThat(queue.getByRole(AriaRole.STATUS)).containsText("The item is hidden");
        moderator.close();

        // readers see the reason in its place; Ben, its author, appeals from there at phone width
        page.navigate(topicPath + "?page=1");
        assertThat(page.locator("#reply-1")).containsText("Reply hidden by a moderator: Advertising a shop");
        assertThat(page.locator("#reply-1")).not().containsText("555 0199");
        screenshot(page, "journey-hidden-in-place");
        assertAccessible(page);
        BrowserContext phone = newPhoneContext("en-GB");
        signIn(phone, ben);
        Page small = phone.newPage();
        small.navigate(topicPath + "?page=1");
        assertThat(small.locator("#reply-1")).containsText("Reply hidden by a moderator: Advertising a shop");
        screenshot(small, "journey-hidden-author-phone");
        assertAccessible(small);
        small.locator("#reply-1")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Appeal a moderation action"))
                .click();
        assertThat(mainHeading(small)).hasText("Appeal a moderation action");
        small.getByLabel("Your appeal").fill("The drills are our chapter's own tool library, not a shop");
        screenshot(small, "journey-appeal-phone");
        assertAccessible(small);
        small.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the appeal")).click();
        assertThat(small.getByRole(AriaRole.STATUS)).containsText("Your appeal was sent");
        phone.close();

        // the branch's moderator upholds it
        BrowserContext above = newPhoneContext("en-GB");
        signIn(above, branchModerator);
        Page branchQueue = above.newPage();
        branchQueue.navigate("/units/" + branch + "/moderation");
        assertThat(branchQueue.locator("article.moderation-item").first()).containsText("tool library, not a shop");
        screenshot(branchQueue, "journey-appeal-decision-phone");
        assertAccessible(branchQueue);
        branchQueue.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uphold the action")).first()
                .click();
        assertThat(branchQueue.getByRole(AriaRole.STATUS)).containsText("the action stands");
        above.close();

        // Ben's daily digest tells of the new topic (new topics come daily by default)
        digests.send(Delivery.DAILY);
        Outbox.settledCount(ben + "@example.org");
        org.assertj.core.api.Assertions.assertThat(Outbox.to(ben + "@example.org"))
                .anyMatch(mail -> mail.subject().startsWith("Your day")
                && mail.text().contains("Tool library " + tag));

        // Ana answers Ben's reply... by email: Ana follows too, Ben posts, Ana replies to the notification
        page.navigate("/units/" + chapter + "/forum");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Follow").setExact(true)).first().click();
        assertThat(page.locator(".forums-follow").first()).containsText("You follow");
        benPage.navigate(topicPath + "?page=1");
        benPage.getByLabel("Your reply").fill("Sorry. Who keeps the key of the shed?");
        benPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post the reply")).click();
        Outbox.Mail told = Outbox.to(ana + "@example.org").stream()
                .filter(mail -> mail.text().contains("Who keeps the key")).findFirst().orElseThrow();
        greenMail.setUser(EmailReplies.MAILBOX, "replies", "secret");
        EmailReplies.answer(greenMail.getSmtp().getPort(), ana, told,
                "I do, come by on Friday.\n\nOn Tuesday, IOPS wrote:\n> Who keeps the key of the shed?");
        inbound.poll(new Mailbox("127.0.0.1", greenMail.getImap().getPort(), "replies", "secret", "imap"));
        benPage.navigate(topicPath + "?page=1");
        assertThat(benPage.locator("main")).containsText("I do, come by on Friday.");
        screenshot(benPage, "journey-topic-after-email");
        assertAccessible(benPage);
        bens.close();
    }

    private UUID placed(String name, String town) {
        return fixtures.memberIn(name, "PT", town);
    }
}
