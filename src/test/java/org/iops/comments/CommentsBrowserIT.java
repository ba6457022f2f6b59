package org.iops.comments;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Locale;
import java.util.UUID;
import org.iops.content.ContentRef;
import org.iops.content.Visibility;
import org.iops.members.BrowserMembers;
import org.iops.members.MembersBrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A member comments below an item, mentions someone with the suggestions, replies, edits, likes and deletes, each
 * answered in place; a visitor reads; the page at phone width. axe-core on every screen, screenshots under
 * target/screenshots.
 */
class CommentsBrowserIT extends MembersBrowserTestSupport {

    private static final String PASSWORD = "amber lantern meadow";

    @Autowired
    TestPages.Store pages;

    @Test
    void commentMentionReplyEditLikeAndDeleteInPlace() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String town = "Melo " + suffix;
        String authorName = "Marisol" + suffix.replaceAll("[^a-z]", "");
        String authorEmail = BrowserMembers.confirmed(accounts, db, authorName, "UY", town, null, PASSWORD,
                Locale.ENGLISH);
        String readerEmail = BrowserMembers.confirmed(accounts, db, "Nicanor", "UY", town, null, PASSWORD,
                Locale.ENGLISH);
        UUID author = idOf(authorEmail);
        UUID chapter = db.sql("SELECT chapter_id FROM member_placements WHERE member_id = ?").param(author)
                .query(UUID.class).single();
        ContentRef item = pages.add(chapter, author, Visibility.MEMBERS, "Our first assembly " + suffix);

        BrowserMembers.logIn(page, readerEmail, PASSWORD);
        page.navigate("/test-pages/" + item.id());
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Comments"))).isVisible();
        screenshot(page, "comments-empty");
        assertAccessible(page);

        Locator box = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Your comment"));
        box.pressSequentially("Count me in, @" + authorName.substring(0, 4));
        Locator suggestion = page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(authorName));
        assertThat(suggestion).isVisible();
        screenshot(page, "comments-mention-suggestions");
        assertAccessible(page);
        box.press("Enter");
        assertThat(box).hasValue("Count me in, @" + authorName + " ");
        box.pressSequentially("see you there.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post comment")).click();

        Locator first = page.locator(".comment-thread").first();
        assertThat(first).containsText("Count me in, @" + authorName + " see you there.");
        assertThat(box).hasValue("");
        assertThat(page.locator("[role=status]").first()).hasText("Your comment is posted.");
        assertThat(page.locator(".comments h2")).hasText("1 comment");

        first.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Reply")).click();
        Locator reply = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Your reply"));
        reply.fill("And I will bring the chairs.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post reply")).click();
        Locator replies = first.locator(".comment-replies");
        assertThat(replies).containsText("And I will bring the chairs.");
        screenshot(page, "comments-thread");
        assertAccessible(page);

        replies.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Edit")).click();
        Locator editing = page.locator("form[id^=edit-form] textarea");
        editing.fill("And I will bring the chairs and a kettle.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes")).click();
        assertThat(replies).containsText("a kettle.");
        assertThat(replies).containsText("edited");

        Locator like = first.locator(".comment").first().getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Like"));
        like.click();
        assertThat(first.locator(".comment").first().locator(".like-button")).hasAttribute("aria-pressed", "true");
        assertThat(first.locator(".comment").first().locator(".like-count")).hasText("1 like");

        first.locator(".comment").first().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Delete"))
                .click();
        assertThat(page.locator(".comment-thread").first()).containsText("Comment removed");
        assertThat(page.locator(".comment-thread").first()).containsText("a kettle.");
        screenshot(page, "comments-removed");
        assertAccessible(page);

        // without JavaScript's help the same forms live on pages of their own
        String threadId = page.locator(".comment-thread").first().getAttribute("id").substring("thread-".length());
        page.navigate("/comments/" + threadId);
        assertThat(mainHeading(page)).containsText("A conversation on");
        screenshot(page, "comments-thread-page");
        assertAccessible(page);
        page.navigate("/comments?item=" + item);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post comment"))).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post comment")).click();
        assertThat(page.locator(".error-summary")).containsText("Write something first.");
        screenshot(page, "comments-form-page-error");
        assertAccessible(page);

        BrowserContext phone = newPhoneContext("en-GB");
        phone.addCookies(context.cookies());
        Page onPhone = phone.newPage();
        onPhone.navigate("/test-pages/" + item.id());
        assertThat(onPhone.locator(".comment-thread").first()).containsText("Comment removed");
        screenshot(onPhone, "comments-phone");
        assertAccessible(onPhone);
        phone.close();
    }

    private UUID idOf(String email) {
        return db.sql("SELECT id FROM member WHERE email = ?").param(email).query(UUID.class).single();
    }
}
