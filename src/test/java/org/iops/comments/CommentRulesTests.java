package org.iops.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import org.iops.content.ContentRef;
import org.iops.content.ContentState;
import org.iops.content.Contents;
import org.iops.content.Visibility;
import org.iops.units.Role;
import org.iops.units.UnitFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Who may read and write comments, and what bad input gets: comments on a members-only item never reach a visitor
 * or a member elsewhere, in the page or in a fragment; another member's comment is unknown to you; empty, huge and
 * hostile text, closed and removed items, forged ids get a clear answer and write nothing.
 */
class CommentRulesTests extends CommentsIntegrationTest {

    @Autowired
    Contents contents;

    String town;
    UUID author;
    UUID mate;
    UUID outsider;
    ContentRef chapterOnly;
    ContentRef open;

    @BeforeEach
    void world() {
        town = UnitFixtures.unique("Rivera");
        author = member("Dalia", "UY", town);
        mate = member("Emilio", "UY", town);
        outsider = member("Fabia", "UY", UnitFixtures.unique("Durazno"));
        chapterOnly = page(author, Visibility.UNIT);
        open = page(author, Visibility.PUBLIC);
    }

    @Test
    void commentsOnAChapterOnlyItemNeverReachAVisitorOrAMemberElsewhere() throws Exception {
        UUID id = commented(mate, chapterOnly, null, "Secret meeting place");

        assertThat(html(mate, chapterOnly)).contains("Secret meeting place");
        for (UUID stranger : new UUID[] {null, outsider}) {
            for (String path : new String[] {"/test-pages/" + chapterOnly.id(), "/comments?item=" + chapterOnly,
                    "/comments/" + id}) {
                for (boolean htmx : new boolean[] {false, true}) {
                    var request = get(path).with(fixtures.as(stranger));
                    if (htmx) {
                        request.header("HX-Request", "true");
                    }
                    MockHttpServletResponse answer = perform(request);
                    assertThat(answer.getContentAsString()).as(path + " for " + stranger).doesNotContain("Secret meeting");
                    assertThat(answer.getStatus()).as(path + " for " + stranger).isIn(302, 401, 404);
                }
            }
        }
        assertThat(perform(get("/comments/" + id + "/reply").with(fixtures.as(outsider))).getStatus()).isEqualTo(404);
        assertThat(comment(outsider, chapterOnly, null, "Let me in", false).getStatus()).isEqualTo(404);
        assertThat(comment(outsider, chapterOnly, id, "Let me in", false).getStatus()).isEqualTo(404);
    }

    @Test
    void anotherMembersCommentCannotBeEditedOrDeleted() throws Exception {
        UUID id = commented(mate, open, null, "Mine alone");

        for (String action : new String[] {"/edit", "/delete"}) {
            MockHttpServletResponse answer = perform(post("/comments/" + id + action).with(csrf())
                    .with(fixtures.as(outsider)).param("body", "Defaced"));
            assertThat(answer.getStatus()).as(action).isEqualTo(404);
        }
        assertThat(perform(get("/comments/" + id + "/edit").with(fixtures.as(author))).getStatus()).isEqualTo(404);
        assertThat(html(null, open)).contains("Mine alone").doesNotContain("Defaced");
    }

    @Test
    void aReplyMustAnswerACommentOfTheSameItem() throws Exception {
        UUID elsewhere = commented(mate, chapterOnly, null, "On the other page");

        assertThat(comment(mate, open, elsewhere, "Crossing over", false).getStatus()).isEqualTo(404);
        assertThat(comment(mate, open, null, "x", false).getStatus()).isEqualTo(302);
        assertThat(commentsOn(open)).isEqualTo(1);
    }

    @Test
    void emptyHugeAndHostileTextGetClearAnswers() throws Exception {
        MockHttpServletResponse empty = comment(mate, open, null, "   ", false);
        assertThat(empty.getStatus()).isEqualTo(422);
        assertThat(empty.getContentAsString()).contains("Write something first.");

        MockHttpServletResponse huge = comment(mate, open, null, "a".repeat(1_000_000), true);
        assertThat(huge.getStatus()).isEqualTo(422);
        assertThat(huge.getContentAsString()).contains("at most 20,000 characters").doesNotContain("<html");
        assertThat(huge.getHeader("HX-Retarget")).isEqualTo("#comment-form-" + open.id());
        assertThat(commentsOn(open)).isZero();

        commented(mate, open, null, "<script>alert(1)</script> [x](javascript:alert(2)) <img src=x onerror=alert(3)>");
        String page = html(null, open);
        assertThat(page).doesNotContain("<script>alert").doesNotContainIgnoringCase("href=\"javascript")
                .doesNotContainPattern("<img[^>]*onerror").contains("&lt;script&gt;");
    }

    @Test
    void aClosedItemTakesNoMoreCommentsAndSaysSo() throws Exception {
        UUID before = commented(mate, open, null, "Before closing");
        pages.close(open);

        MockHttpServletResponse refused = comment(mate, open, null, "After closing", false);
        assertThat(refused.getStatus()).isEqualTo(409);
        assertThat(refused.getContentAsString()).contains("Comments are closed here", "After closing");
        assertThat(comment(mate, open, before, "Reply after closing", true).getContentAsString())
                .contains("Comments are closed here");
        assertThat(perform(get("/comments/" + before + "/reply").with(fixtures.as(mate))).getStatus()).isEqualTo(409);
        assertThat(html(mate, open)).contains("Comments are closed here.").doesNotContain("name=\"body\"");
        assertThat(commentsOn(open)).isEqualTo(1);
    }

    @Test
    void aRemovedItemIsUnknownToMembersAndRefusedWithAReasonToItsModerators() throws Exception {
        UUID moderator = fixtures.memberWithRole(Role.MODERATOR, fixtures.chapterOf(author));
        contents.sourceOf(open).changeState(open, ContentState.REMOVED, "spam");

        assertThat(comment(mate, open, null, "Too late", false).getStatus()).isEqualTo(404);
        MockHttpServletResponse moderated = comment(moderator, open, null, "Too late", false);
        assertThat(moderated.getStatus()).isEqualTo(410);
        assertThat(moderated.getContentAsString()).contains("This was removed");
        assertThat(commentsOn(open)).isZero();
    }

    @Test
    void forgedAndUnknownIdsAreNotFound() throws Exception {
        assertThat(comment(mate, new ContentRef(TestPages.TYPE, UUID.randomUUID()), null, "Nowhere", false).getStatus())
                .isEqualTo(404);
        assertThat(perform(post("/comments").with(csrf()).with(fixtures.as(mate)).param("item", "not-a-ref")
                .param("body", "Hi")).getStatus()).isEqualTo(404);
        assertThat(perform(post("/comments").with(csrf()).with(fixtures.as(mate)).param("item", open.toString())
                .param("answering", "zzz").param("body", "Hi")).getStatus()).isEqualTo(404);
        assertThat(perform(get("/comments").param("item", open.toString()).param("after", "garbage")).getStatus())
                .isEqualTo(404);
        assertThat(perform(get("/comments/" + UUID.randomUUID())).getStatus()).isEqualTo(404);
        assertThat(commentsOn(open)).isZero();
    }

    @Test
    void aHeldCommentWaitsForAModeratorSeenOnlyByItsAuthorAndTheModerators() throws Exception {
        UUID moderator = fixtures.memberWithRole(Role.MODERATOR, fixtures.chapterOf(author));
        MockHttpServletResponse held = comment(mate, open, null, "Buy now " + TestPages.HOLD, true);
        assertThat(held.getContentAsString()).contains("Your comment is waiting for a moderator.");

        assertThat(html(mate, open)).contains("Buy now", "waiting for a moderator");
        assertThat(html(moderator, open)).contains("Buy now", "waiting for a moderator");
        assertThat(html(author, open)).doesNotContain("Buy now");
        assertThat(html(null, open)).doesNotContain("Buy now");
        assertThat(perform(get("/units/" + fixtures.chapterOf(author) + "/moderation").with(fixtures.as(moderator)))
                .getContentAsString()).as("it waits in the queue of its unit").contains("Buy now");
    }

    @Test
    void heldCommentsAreSeenByTheModeratorsOfTheItemsUnitAndAboveOnly() throws Exception {
        UUID chapterModerator = fixtures.memberWithRole(Role.MODERATOR, fixtures.chapterOf(author));
        UUID branchAdmin = fixtures.memberWithRole(Role.ADMIN, fixtures.branchOf(author));
        UUID siblingModerator = fixtures.memberWithRole(Role.MODERATOR, fixtures.chapterOf(outsider));
        UUID international = fixtures.internationalAdmin();
        comment(mate, open, null, "Held words " + TestPages.HOLD, false);

        for (UUID entitled : new UUID[] {chapterModerator, branchAdmin, international}) {
            assertThat(html(entitled, open)).as("moderator of the unit or above").contains("Held words");
        }
        assertThat(html(siblingModerator, open)).as("moderator of another chapter").doesNotContain("Held words");
    }

    @Test
    void aMemberAPostingRuleRefusesIsToldWhyAndKeepsTheText() throws Exception {
        MockHttpServletResponse refused = comment(mate, open, null, "Once more " + TestPages.REFUSE, false);

        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getContentAsString()).contains("You may not post here just now", "Once more");
        assertThat(commentsOn(open)).isZero();
    }

    private long commentsOn(ContentRef item) {
        return db.sql("SELECT count(*) FROM comment WHERE item_ref = ?").param(item.toString()).query(Long.class).single();
    }
}
