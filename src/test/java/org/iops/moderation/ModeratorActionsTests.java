package org.iops.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.UUID;
import org.iops.TestClock;
import org.iops.TestContent;
import org.iops.content.ContentItem;
import org.iops.content.ContentState;
import org.iops.content.Contents;
import org.iops.content.PostingRefusedException;
import org.iops.content.PostingVerdict;
import org.iops.units.Role;
import org.iops.units.UnitFixtures;
import org.iops.units.UnitId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Moderators act from their queue: each action changes the item, is logged, and is told to the author with the reason. */
class ModeratorActionsTests extends ModerationIntegrationTest {


    @Test
    void hidingShowsTheReasonInPlaceIsLoggedAndToldToTheAuthor() throws Exception {
        ContentItem post = world.newPost();
        world.flag(world.memberOfA(), post, "ABUSE", "");
        MockHttpServletResponse hidden = world.act(world.moderatorOfA(), world.a(), post, "hide", "Insults a member");
        assertThat(hidden.getStatus()).isEqualTo(302);
        assertThat(hidden.getRedirectedUrl()).isEqualTo("/units/" + world.a() + "/moderation?done=hide");

        assertThat(items.state(post.ref())).isEqualTo(ContentState.HIDDEN);
        assertThat(items.stored(post.ref()).reason()).isEqualTo("Insults a member");
        assertThat(world.notices(world.author(), "moderation.acted")).isEqualTo(1);
        org.iops.members.Outbox.Mail told = org.iops.members.Outbox.latest(world.author() + "@example.org", 1);
        assertThat(told.text()).as("told why").contains("Insults a member");
        assertThat(told.text()).as("with the way to appeal").contains("/moderation/appeal?entry=");
        String log = world.page(world.moderatorOfA(), "/units/" + world.a() + "/moderation/log").getContentAsString();
        assertThat(log).contains("Hid").contains(post.title()).contains("Insults a member");
        assertThat(world.page(world.moderatorOfBranch(), "/units/" + world.branch() + "/moderation/log").getContentAsString())
                .as("the branch's log includes its chapters'").contains("Insults a member");
        assertThat(world.page(world.moderatorOfB(), "/units/" + world.a() + "/moderation/log").getStatus()).isEqualTo(403);
        assertThat(world.page(world.moderatorOfA(), "/units/" + world.a() + "/moderation").getContentAsString())
                .doesNotContain(post.title());

        assertThat(world.act(world.moderatorOfA(), world.a(), post, "show", "", "back", "log").getRedirectedUrl())
                .endsWith("/moderation/log?done=show");
        assertThat(items.state(post.ref())).isEqualTo(ContentState.PUBLISHED);
    }

    @Test
    void hidingWithoutAReasonIsRefusedAndChangesNothing() throws Exception {
        ContentItem post = world.newPost();
        MockHttpServletResponse refused = world.act(world.moderatorOfA(), world.a(), post, "hide", " ");
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("Give a reason");
        assertThat(world.act(world.moderatorOfA(), world.a(), post, "hide", "x".repeat(1001)).getStatus()).isEqualTo(422);
        assertThat(world.act(world.moderatorOfA(), world.a(), post, "explode", "why").getStatus()).isEqualTo(422);
        assertThat(items.state(post.ref())).isEqualTo(ContentState.PUBLISHED);
        assertThat(world.count("SELECT count(*) FROM moderation_log WHERE content_ref = ?", post.ref().toString())).isZero();
    }

    @Test
    void aForgedItemOfAnotherChapterIsNotThereAndStaysAsItWas() throws Exception {
        ContentItem inB = items.add(world.b(), world.author(), org.iops.content.Visibility.PUBLIC);
        assertThat(world.act(world.moderatorOfA(), world.a(), inB, "remove", "spam").getStatus()).isEqualTo(404);
        assertThat(world.act(world.moderatorOfA(), world.b(), inB, "remove", "spam").getStatus()).isEqualTo(403);
        // even a moderator above both may act on B's item only from a queue it is in
        assertThat(world.act(world.moderatorOfBranch(), world.a(), inB, "remove", "spam").getStatus()).isEqualTo(404);
        assertThat(world.act(world.moderatorOfA(), world.a(), world.newPost(), "remove", "spam").getStatus()).isEqualTo(302);
        assertThat(items.state(inB.ref())).isEqualTo(ContentState.PUBLISHED);
        assertThat(mvc.perform(post("/units/" + world.a() + "/moderation/act").with(fixtures.as(world.moderatorOfA()))
                .with(csrf()).param("item", "not-a-ref").param("action", "hide")).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }

    @Test
    void anEditReplacesTheTextIsLoggedAndAnOverturnedAppealPutsTheTextBack() throws Exception {
        ContentItem post = items.add(world.a(), world.author(), org.iops.content.Visibility.PUBLIC, ContentState.PUBLISHED,
                null, "Call me on +64 21 555 0199");
        world.flag(world.memberOfA(), post, "OTHER", "A phone number");
        assertThat(world.act(world.moderatorOfA(), world.a(), post, "edit", "No phone numbers in public",
                "text", "Call me (number removed)").getStatus()).isEqualTo(302);
        assertThat(items.stored(post.ref()).text()).isEqualTo("Call me (number removed)");
        assertThat(items.stored(post.ref()).lastEditor()).isEqualTo(world.moderatorOfA());
        assertThat(world.page(world.moderatorOfA(), "/units/" + world.a() + "/moderation/log").getContentAsString())
                .contains("Edited").contains("No phone numbers in public");
        assertThat(world.act(world.moderatorOfA(), world.a(), post, "edit", "why", "text", " ").getStatus()).isEqualTo(422);
        assertThat(world.act(world.moderatorOfA(), world.a(), post, "edit", "why", "text", "Call me (number removed) ")
                .getStatus()).as("an edit that changes nothing").isEqualTo(422);

        UUID entry = db.sql("SELECT id FROM moderation_log WHERE content_ref = ? AND action = 'EDITED'")
                .param(post.ref().toString()).query(UUID.class).single();
        appeal(world.author(), entry, "It is my shop's number, it is public anyway");
        UUID appeal = db.sql("SELECT id FROM moderation_appeal WHERE log_id = ?").param(entry).query(UUID.class).single();
        decide(world.moderatorOfBranch(), world.branch(), appeal, "overturn");
        assertThat(items.stored(post.ref()).text()).isEqualTo("Call me on +64 21 555 0199");
    }

    @Test
    void aSuspendedAuthorCannotPostInTheUnitUntilItEndsOrIsLifted() throws Exception {
        ContentItem post = world.newPost();
        assertThat(world.act(world.moderatorOfA(), world.a(), post, "suspend", "Repeated insults", "period", "WEEK")
                .getStatus()).isEqualTo(302);
        assertThatThrownBy(() -> contents.checkPosting(world.author(), world.a(), "Hello again"))
                .isInstanceOf(PostingRefusedException.class)
                .satisfies(e -> {
                    PostingRefusedException refused = (PostingRefusedException) e;
                    assertThat(refused.tooMany()).isFalse();
                    assertThat(refused.messageKey()).isEqualTo("moderation.refused.suspended");
                    assertThat(refused.arguments()[0]).isEqualTo("Repeated insults");
                });
        assertThat(contents.checkPosting(world.author(), world.b(), "Hello B")).as("another chapter")
                .isEqualTo(PostingVerdict.PUBLISH);
        assertThat(world.notices(world.author(), "moderation.suspended")).isEqualTo(1);
        assertThat(world.page(world.moderatorOfA(), "/units/" + world.a() + "/moderation").getContentAsString())
                .contains("Repeated insults");

        MockHttpServletResponse refused = mvc.perform(post(post.path() + "/replies").with(fixtures.as(world.author()))
                .with(csrf()).param("text", "Through the web")).andReturn().getResponse();
        assertThat(refused.getStatus()).as("any module's form").isEqualTo(403);
        assertThat(refused.getContentAsString()).contains("You are suspended from posting here until")
                .contains("Repeated insults");

        clock.advance(Duration.ofDays(8));
        assertThat(contents.checkPosting(world.author(), world.a(), "A week later")).isEqualTo(PostingVerdict.PUBLISH);
    }

    @Test
    void theBranchsSuspensionCoversItsChaptersAndLiftingEndsIt() throws Exception {
        ContentItem post = world.newPost();
        world.flag(world.memberOfA(), post, "SPAM", "");
        assertThat(world.act(world.moderatorOfBranch(), world.branch(), post, "suspend", "Spam everywhere", "period",
                "UNTIL_LIFTED").getStatus()).isEqualTo(302);
        assertThatThrownBy(() -> contents.checkPosting(world.author(), world.b(), "x"))
                .hasMessage("moderation.refused.suspendedUntilLifted");
        UUID suspension = db.sql("SELECT id FROM moderation_suspension WHERE member_id = ?").param(world.author())
                .query(UUID.class).single();
        assertThat(lift(world.moderatorOfA(), world.a(), suspension).getStatus()).as("a chapter moderator, below it")
                .isEqualTo(404);
        assertThat(lift(world.moderatorOfBranch(), world.branch(), suspension).getStatus()).isEqualTo(302);
        assertThat(contents.checkPosting(world.author(), world.b(), "x")).isEqualTo(PostingVerdict.PUBLISH);
        assertThat(lift(world.moderatorOfBranch(), world.branch(), suspension).getStatus()).isEqualTo(404);
    }

    @Test
    void theInternationalsModeratorsExcludeFromPostingEverywhere() throws Exception {
        UUID international = fixtures.memberWithRole(Role.MODERATOR, UnitId.INTERNATIONAL.value());
        ContentItem post = world.newPost();
        assertThat(world.act(world.moderatorOfBranch(), UnitId.INTERNATIONAL, post, "suspend", "x", "period", "MONTH")
                .getStatus()).isEqualTo(403);
        assertThat(world.act(international, UnitId.INTERNATIONAL, post, "suspend", "Organised harassment", "period",
                "UNTIL_LIFTED").getStatus()).isEqualTo(302);
        UnitId elsewhere = new UnitId(fixtures.chapterOf(fixtures.memberIn("CL", UnitFixtures.unique("Chillán"))));
        assertThatThrownBy(() -> contents.checkPosting(world.author(), elsewhere, "x"))
                .hasMessage("moderation.refused.excluded");
        assertThat(world.count("SELECT count(*) FROM moderation_log WHERE subject_id = ? AND action = 'EXCLUDED'",
                world.author())).isEqualTo(1);
    }

    @Test
    void anAppealGoesToTheUnitAboveOnceAndAnOverturnReversesTheAction() throws Exception {
        ContentItem post = world.newPost();
        world.act(world.moderatorOfA(), world.a(), post, "hide", "Off topic rant");
        UUID entry = db.sql("SELECT id FROM moderation_log WHERE content_ref = ? AND action = 'HIDDEN'")
                .param(post.ref().toString()).query(UUID.class).single();
        assertThat(world.page(world.author(), "/moderation/appeal?item=" + post.ref()).getContentAsString())
                .contains("Off topic rant");
        assertThat(world.page(world.memberOfA(), "/moderation/appeal?entry=" + entry).getStatus()).as("not theirs")
                .isEqualTo(404);
        assertThat(appeal(world.author(), entry, " ").getStatus()).isEqualTo(422);
        assertThat(appeal(world.author(), entry, "It was on topic: we discussed the meeting").getStatus()).isEqualTo(302);
        assertThat(appeal(world.author(), entry, "Again").getStatus()).isEqualTo(409);

        assertThat(world.page(world.moderatorOfA(), "/units/" + world.a() + "/moderation").getContentAsString())
                .doesNotContain("we discussed the meeting");
        assertThat(world.page(world.moderatorOfBranch(), "/units/" + world.branch() + "/moderation").getContentAsString())
                .contains("we discussed the meeting");
        UUID appeal = db.sql("SELECT id FROM moderation_appeal WHERE log_id = ?").param(entry).query(UUID.class).single();
        assertThat(decide(world.moderatorOfA(), world.a(), appeal, "overturn").getStatus()).isEqualTo(404);
        assertThat(decide(world.moderatorOfBranch(), world.branch(), appeal, "overturn").getStatus()).isEqualTo(302);

        assertThat(items.state(post.ref())).isEqualTo(ContentState.PUBLISHED);
        assertThat(world.notices(world.author(), "moderation.appealDecided")).isEqualTo(1);
        assertThat(world.page(world.moderatorOfBranch(), "/units/" + world.branch() + "/moderation/log").getContentAsString())
                .contains("Overturned on appeal");
        assertThat(decide(world.moderatorOfBranch(), world.branch(), appeal, "uphold").getStatus()).isEqualTo(404);
    }

    @Test
    void theInternationalsAppealsAreDecidedByItsOtherAdmins() throws Exception {
        UUID acting = fixtures.internationalAdmin();
        UUID other = fixtures.internationalAdmin();
        ContentItem post = world.newPost();
        world.act(acting, UnitId.INTERNATIONAL, post, "remove", "Advertising");
        UUID entry = db.sql("SELECT id FROM moderation_log WHERE content_ref = ?").param(post.ref().toString())
                .query(UUID.class).single();
        appeal(world.author(), entry, "Not an advert");
        UUID appeal = db.sql("SELECT id FROM moderation_appeal WHERE log_id = ?").param(entry).query(UUID.class).single();
        assertThat(decide(acting, UnitId.INTERNATIONAL, appeal, "overturn").getStatus()).isEqualTo(403);
        assertThat(decide(other, UnitId.INTERNATIONAL, appeal, "uphold").getStatus()).isEqualTo(302);
        assertThat(items.state(post.ref())).isEqualTo(ContentState.REMOVED);
    }

    private MockHttpServletResponse appeal(UUID member, UUID entry, String text) throws Exception {
        return mvc.perform(post("/moderation/appeal").with(fixtures.as(member)).with(csrf())
                .param("entry", entry.toString()).param("text", text)).andReturn().getResponse();
    }

    private MockHttpServletResponse decide(UUID moderator, UnitId unit, UUID appeal, String outcome) throws Exception {
        return mvc.perform(post("/units/" + unit + "/moderation/appeals").with(fixtures.as(moderator)).with(csrf())
                .param("appeal", appeal.toString()).param("outcome", outcome).param("note", "Looked again"))
                .andReturn().getResponse();
    }

    private MockHttpServletResponse lift(UUID moderator, UnitId unit, UUID suspension) throws Exception {
        return mvc.perform(post("/units/" + unit + "/moderation/lift").with(fixtures.as(moderator)).with(csrf())
                .param("suspension", suspension.toString())).andReturn().getResponse();
    }
}
