package org.iops.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import org.iops.TestContent;
import org.iops.content.ContentItem;
import org.iops.content.ContentState;
import org.iops.content.Contents;
import org.iops.content.Visibility;
import org.iops.units.UnitFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Members flag what they may see, once; the queue of the item's unit and of every unit above lists it. */
class FlagAndQueueTests extends ModerationIntegrationTest {


    @Test
    void aFlaggedItemWaitsInTheQueueOfItsUnitAndOfTheBranchGroupedByReason() throws Exception {
        ContentItem post = world.newPost();
        assertThat(world.flag(world.memberOfA(), post, "SPAM", "").getStatus()).isEqualTo(302);
        assertThat(world.flag(fixtures.memberIn("CL", UnitFixtures.unique("Talca")), post, "SPAM", "").getStatus()).isEqualTo(302);
        assertThat(world.flag(fixtures.memberIn("CL", UnitFixtures.unique("Talca")), post, "OTHER", "Sells watches")
                .getStatus()).isEqualTo(302);

        for (UUID moderator : new UUID[] {world.moderatorOfA(), world.moderatorOfBranch()}) {
            String unit = moderator.equals(world.moderatorOfA()) ? world.a().toString() : world.branch().toString();
            MockHttpServletResponse queue = world.page(moderator, "/units/" + unit + "/moderation");
            assertThat(queue.getStatus()).isEqualTo(200);
            assertThat(queue.getContentAsString()).contains(post.title()).contains("Spam or advertising: 2 flags")
                    .contains("Something else (say what): 1 flag").contains("Sells watches").contains("Hello from the tests");
        }
        assertThat(world.page(world.moderatorOfB(), "/units/" + world.b() + "/moderation").getContentAsString())
                .doesNotContain(post.title());
        assertThat(world.page(world.moderatorOfB(), "/units/" + world.a() + "/moderation").getStatus()).isEqualTo(403);
        assertThat(world.page(world.memberOfA(), "/units/" + world.a() + "/moderation").getStatus()).isEqualTo(403);
        assertThat(world.page(null, "/units/" + world.a() + "/moderation").getRedirectedUrl()).endsWith("/login");
    }

    @Test
    void theUnitPageTellsItsModeratorsOnlyHowManyItemsWait() throws Exception {
        world.flag(world.memberOfA(), world.newPost(), "SPAM", "");
        world.flag(world.memberOfA(), world.newPost(), "ABUSE", "");
        assertThat(world.page(world.moderatorOfA(), "/units/" + world.a()).getContentAsString())
                .contains("2 items wait for a moderator.").contains("/units/" + world.a() + "/moderation");
        assertThat(world.page(world.moderatorOfBranch(), "/units/" + world.branch()).getContentAsString())
                .contains("Open the moderation queue");
        for (UUID reader : new UUID[] {world.memberOfA(), world.moderatorOfB(), null}) {
            assertThat(world.page(reader, "/units/" + world.a()).getContentAsString())
                    .doesNotContain("wait for a moderator").doesNotContain("/units/" + world.a() + "/moderation");
        }
    }

    @Test
    void aMemberFlagsAnItemOnceAndTheSecondTimeIsToldSo() throws Exception {
        ContentItem post = world.newPost();
        assertThat(world.flag(world.memberOfA(), post, "ABUSE", "").getStatus()).isEqualTo(302);
        MockHttpServletResponse again = world.flag(world.memberOfA(), post, "SPAM", "");
        assertThat(again.getStatus()).isEqualTo(409);
        assertThat(again.getContentAsString()).contains("You flagged this item before");
        assertThat(world.count("SELECT count(*) FROM moderation_flag WHERE content_ref = ?", post.ref().toString())).isEqualTo(1);
        assertThat(world.page(world.memberOfA(), "/moderation/flag?item=" + post.ref()).getContentAsString())
                .contains("You flagged this.");
    }

    @Test
    void unknownRemovedUnseenAndOwnItemsCannotBeFlaggedAndNothingIsWritten() throws Exception {
        ContentItem removed = items.add(world.a(), world.author(), Visibility.PUBLIC, ContentState.REMOVED, null, "x");
        ContentItem membersOfA = items.add(world.a(), world.author(), Visibility.UNIT);
        ContentItem deleted = world.newPost();
        items.delete(deleted.ref());
        UUID outsider = fixtures.memberIn("CL", UnitFixtures.unique("Arica"));

        assertThat(world.flag(outsider, removed, "SPAM", "").getStatus()).as("removed: not there for them").isEqualTo(404);
        assertThat(world.flag(world.moderatorOfA(), removed, "SPAM", "").getStatus()).as("removed, seen by a moderator")
                .isEqualTo(409);
        assertThat(world.flag(outsider, membersOfA, "SPAM", "").getStatus()).isEqualTo(404);
        assertThat(world.flag(outsider, deleted, "SPAM", "").getStatus()).isEqualTo(404);
        assertThat(world.flag(world.author(), world.newPost(), "SPAM", "").getStatus()).isEqualTo(409);
        assertThat(world.page(outsider, "/moderation/flag?item=test.item:zzz").getStatus()).isEqualTo(404);
        assertThat(world.page(outsider, "/moderation/flag?item=nobody.owns:" + UUID.randomUUID()).getStatus()).isEqualTo(404);
        assertThat(world.count("SELECT count(*) FROM moderation_flag WHERE flagger_id IN (?, ?)", outsider, world.author()))
                .isZero();
    }

    @Test
    void aReasonIsRequiredAndSomethingElseNeedsWords() throws Exception {
        ContentItem post = world.newPost();
        MockHttpServletResponse none = world.flag(world.memberOfA(), post, "", "");
        assertThat(none.getStatus()).isEqualTo(422);
        assertThat(none.getContentAsString()).contains("Choose why moderators should look at it.");
        MockHttpServletResponse silent = world.flag(world.memberOfA(), post, "OTHER", "  ");
        assertThat(silent.getStatus()).isEqualTo(422);
        assertThat(silent.getContentAsString()).contains("Say in a few words what is wrong.");
        assertThat(world.flag(world.memberOfA(), post, "OTHER", "x".repeat(501)).getStatus()).isEqualTo(422);
        assertThat(world.flag(world.memberOfA(), post, "NONSENSE", "").getStatus()).isEqualTo(422);
        assertThat(world.count("SELECT count(*) FROM moderation_flag WHERE content_ref = ?", post.ref().toString())).isZero();
    }

    @Test
    void htmxOpeningAFlagGetsItsFormAloneAndOpen() throws Exception {
        ContentItem post = world.newPost();
        MockHttpServletResponse response = mvc.perform(get("/moderation/flag").with(fixtures.as(world.memberOfA()))
                .header("HX-Request", "true").param("item", post.ref().toString())).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).doesNotContain("<html").contains("<details open")
                .contains("name=\"reason\"").contains("name=\"_csrf\"");
        assertThat(world.page(world.memberOfA(), "/moderation/flag?item=" + post.ref()).getContentAsString())
                .as("without htmx: the whole page").contains("<html").contains("name=\"reason\"");
    }

    @Test
    void htmxGetsTheFooterBackSayingTheItemWasFlagged() throws Exception {
        ContentItem post = world.newPost();
        MockHttpServletResponse response = mvc.perform(post("/moderation/flag").with(fixtures.as(world.memberOfA()))
                .with(csrf()).header("HX-Request", "true").param("item", post.ref().toString()).param("reason", "OFF_TOPIC"))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("You flagged this.").doesNotContain("<html");
    }

    @Test
    void aHeldItemWaitsForApprovalAndIsPublishedWhenApproved() throws Exception {
        ContentItem held = items.add(world.a(), world.author(), Visibility.PUBLIC, ContentState.PENDING, null, "See http://x.example");
        contents.held(held);
        String queue = world.page(world.moderatorOfA(), "/units/" + world.a() + "/moderation").getContentAsString();
        assertThat(queue).contains(held.title()).contains("held for approval");

        assertThat(world.act(world.moderatorOfA(), world.a(), held, "approve", "").getStatus()).isEqualTo(302);
        assertThat(items.state(held.ref())).isEqualTo(ContentState.PUBLISHED);
        assertThat(world.page(world.moderatorOfA(), "/units/" + world.a() + "/moderation").getContentAsString())
                .doesNotContain(held.title());
        assertThat(world.act(world.moderatorOfA(), world.a(), held, "approve", "").getStatus()).as("approved already")
                .isEqualTo(409);
        assertThat(world.notices(world.author(), "moderation.acted")).isEqualTo(1);
    }

    @Test
    void anItemDeletedSinceItWasFlaggedSaysSoAndItsFlagsCanBeDismissed() throws Exception {
        ContentItem post = world.newPost();
        world.flag(world.memberOfA(), post, "SPAM", "");
        items.delete(post.ref());
        assertThat(world.page(world.moderatorOfA(), "/units/" + world.a() + "/moderation").getContentAsString())
                .contains("This item no longer exists");
        assertThat(world.act(world.moderatorOfB(), world.b(), post, "dismiss", "").getStatus()).as("not B's")
                .isEqualTo(404);
        assertThat(world.act(world.moderatorOfA(), world.a(), post, "dismiss", "").getStatus()).isEqualTo(302);
        assertThat(world.count("SELECT count(*) FROM moderation_queue WHERE content_ref = ?", post.ref().toString())).isZero();
    }

    @Test
    void whatWaitsInAMergedChapterWaitsInTheSurvivor() throws Exception {
        ContentItem post = world.newPost();
        world.flag(world.memberOfA(), post, "SPAM", "");
        UUID branchAdmin = fixtures.memberWithRole(org.iops.units.Role.ADMIN, world.branch().value());
        assertThat(mvc.perform(post("/units/" + world.a() + "/merge").with(fixtures.as(branchAdmin)).with(csrf())
                .param("target", world.b().toString()).param("confirmed", "yes")).andReturn().getResponse().getStatus())
                .isEqualTo(302);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(world.page(world.moderatorOfB(), "/units/" + world.b() + "/moderation").getContentAsString())
                        .contains(post.title()));
    }

    @Test
    void theQueueIsPagedOldestFirst() throws Exception {
        java.util.List<ContentItem> posts = new java.util.ArrayList<>();
        for (int i = 0; i < 21; i++) {
            ContentItem post = world.newPost();
            posts.add(post);
            world.flag(world.memberOfA(), post, "SPAM", "");
        }
        String first = world.page(world.moderatorOfA(), "/units/" + world.a() + "/moderation").getContentAsString();
        assertThat(first).contains(posts.get(0).title()).contains(posts.get(19).title()).doesNotContain(posts.get(20).title())
                .contains("?after=" + posts.get(19).ref());
        String second = world.page(world.moderatorOfA(), "/units/" + world.a() + "/moderation?after=" + posts.get(19).ref())
                .getContentAsString();
        assertThat(second).contains(posts.get(20).title()).doesNotContain(posts.get(0).title());
    }
}
