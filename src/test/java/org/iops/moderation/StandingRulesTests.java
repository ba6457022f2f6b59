package org.iops.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iops.TestClock;
import org.iops.TestContent;
import org.iops.content.ContentItem;
import org.iops.content.ContentState;
import org.iops.content.Contents;
import org.iops.content.PostingRefusedException;
import org.iops.content.PostingVerdict;
import org.iops.shared.PersonalData;
import org.iops.units.UnitFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What a member's standing decides: whose flags hide an item and whose items may be hidden, whose links wait for
 * approval, how fast one may post; and what is kept of a member who goes.
 */
class StandingRulesTests extends ModerationIntegrationTest {

    private static final Duration SEASONED = Duration.ofDays(40);

    @Autowired
    List<PersonalData> personalData;

    @Test
    void threeFlagsFromSeasonedMembersHideANewMembersItemUntilAModeratorLooks() throws Exception {
        world.confirmed(world.author(), Duration.ofDays(10));
        ContentItem post = world.newPost();
        world.flag(world.memberConfirmed(SEASONED), post, "ABUSE", "");
        world.flag(world.memberConfirmed(SEASONED), post, "ABUSE", "");
        assertThat(items.state(post.ref())).as("two flags hide nothing").isEqualTo(ContentState.PUBLISHED);
        world.flag(world.memberConfirmed(SEASONED), post, "SPAM", "");

        assertThat(items.state(post.ref())).isEqualTo(ContentState.HIDDEN);
        assertThat(items.stored(post.ref()).reason()).isEqualTo("Hidden until a moderator looks at it.");
        assertThat(world.notices(world.author(), "moderation.acted")).isEqualTo(1);
        assertThat(world.page(world.moderatorOfA(), "/units/" + world.a() + "/moderation/log").getContentAsString())
                .contains("Hidden by members' flags").contains("the site (automatic)");

        assertThat(world.act(world.moderatorOfA(), world.a(), post, "dismiss", "").getStatus()).isEqualTo(302);
        assertThat(items.state(post.ref())).as("dismissing the flags shows it again").isEqualTo(ContentState.PUBLISHED);
    }

    @Test
    void flagsFromNewAccountsReachTheQueueButHideNothing() throws Exception {
        world.confirmed(world.author(), Duration.ofDays(10));
        ContentItem post = world.newPost();
        for (int i = 0; i < 4; i++) {
            world.flag(world.memberConfirmed(Duration.ofDays(2)), post, "SPAM", "");
        }
        assertThat(items.state(post.ref())).isEqualTo(ContentState.PUBLISHED);
        assertThat(world.page(world.moderatorOfA(), "/units/" + world.a() + "/moderation").getContentAsString())
                .contains(post.title()).contains("Spam or advertising: 4 flags");
    }

    @Test
    void anEstablishedMembersItemIsNeverAutoHidden() throws Exception {
        // TestMembers are confirmed a year ago and never acted against: established
        ContentItem post = world.newPost();
        for (int i = 0; i < 5; i++) {
            world.flag(world.memberConfirmed(SEASONED), post, "ABUSE", "");
        }
        assertThat(items.state(post.ref())).isEqualTo(ContentState.PUBLISHED);
        assertThat(world.count("SELECT count(*) FROM moderation_queue WHERE content_ref = ?", post.ref().toString()))
                .isEqualTo(1);
    }

    @Test
    void aMemberOnceActedAgainstIsNoLongerEstablished() throws Exception {
        world.act(world.moderatorOfA(), world.a(), world.newPost(), "hide", "Rude");
        ContentItem post = world.newPost();
        for (int i = 0; i < 3; i++) {
            world.flag(world.memberConfirmed(SEASONED), post, "ABUSE", "");
        }
        assertThat(items.state(post.ref())).isEqualTo(ContentState.HIDDEN);
    }

    @Test
    void aNewMembersLinkWaitsForApprovalUntilThreeOfTheirPostsWereApproved() throws Exception {
        UUID fresh = world.memberConfirmed(Duration.ofDays(1));
        assertThat(contents.checkPosting(fresh, world.a(), "Hello everyone")).isEqualTo(PostingVerdict.PUBLISH);
        assertThat(contents.checkPosting(fresh, world.a(), "See https://shop.example")).isEqualTo(PostingVerdict.HOLD);
        assertThat(contents.checkPosting(fresh, world.a(), "See [our shop](shop.example/x)")).isEqualTo(PostingVerdict.HOLD);
        assertThat(contents.checkPosting(world.author(), world.a(), "See https://a.example")).as("an older account")
                .isEqualTo(PostingVerdict.PUBLISH);
        assertThat(contents.checkPosting(world.moderatorOfA(), world.a(), "See https://a.example")).isEqualTo(PostingVerdict.PUBLISH);

        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofMinutes(10));
            ContentItem held = items.add(world.a(), fresh, org.iops.content.Visibility.PUBLIC, ContentState.PENDING, null,
                    "https://ok.example");
            contents.held(held);
            world.act(world.moderatorOfA(), world.a(), held, "approve", "");
        }
        assertThat(contents.checkPosting(fresh, world.a(), "See https://shop.example")).isEqualTo(PostingVerdict.PUBLISH);
    }

    @org.springframework.beans.factory.annotation.Value("${iops.base-url}")
    String site;

    @Test
    void aNewMembersLinkToTheSiteItselfWaitsForNothingButALookalikeDoes() {
        UUID fresh = world.memberConfirmed(Duration.ofDays(1));
        // quoting a reply writes a link to it: a new member's quote is no spam
        assertThat(contents.checkPosting(fresh, world.a(), "> [Ana wrote in reply #1](" + site + "/topics/x?page=1#reply-1)\n>"
                + "\n> Hello\n\nAgreed, see " + site + "/units/y")).isEqualTo(PostingVerdict.PUBLISH);
        assertThat(contents.checkPosting(fresh, world.a(), "See " + site + ".shop.example/x"))
                .as("an address that only starts like the site's").isEqualTo(PostingVerdict.HOLD);
        assertThat(contents.checkPosting(fresh, world.a(), "[us](" + site + "/x) and [them](https://shop.example)"))
                .as("a link elsewhere beside one to the site").isEqualTo(PostingVerdict.HOLD);
    }

    @Test
    void aNewAccountPostsFiveTimesInTenMinutesAndIsToldToWait() throws Exception {
        UUID fresh = world.memberConfirmed(Duration.ofDays(1));
        for (int i = 0; i < 5; i++) {
            contents.checkPosting(fresh, world.a(), "Post " + i);
        }
        assertThatThrownBy(() -> contents.checkPosting(fresh, world.a(), "One more"))
                .isInstanceOf(PostingRefusedException.class)
                .satisfies(e -> assertThat(((PostingRefusedException) e).tooMany()).isTrue())
                .hasMessage("moderation.refused.tooMany");
        ContentItem post = world.newPost();
        var tooFast = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post(post.path() + "/replies").with(fixtures.as(fresh))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("text", "And more")).andReturn().getResponse();
        assertThat(tooFast.getStatus()).isEqualTo(429);
        assertThat(tooFast.getContentAsString()).contains("You are posting very fast");
        clock.advance(Duration.ofMinutes(10));
        assertThat(contents.checkPosting(fresh, world.a(), "Later")).isEqualTo(PostingVerdict.PUBLISH);
    }

    @Test
    void anOlderAccountPostsSixtyTimesAnHour() {
        UUID member = world.memberOfA();
        for (int i = 0; i < 60; i++) {
            contents.checkPosting(member, world.a(), "Post " + i);
        }
        assertThatThrownBy(() -> contents.checkPosting(member, world.a(), "Sixty-one"))
                .isInstanceOf(PostingRefusedException.class);
    }

    @Test
    void aMembersExportHasTheirFlagsAndAppealsAndErasureKeepsTheFlagsCountingAndTheLogWhole() throws Exception {
        UUID flagger = world.memberConfirmed(SEASONED);
        ContentItem post = world.newPost();
        world.flag(flagger, post, "OTHER", "Looks like an advert");
        world.act(world.moderatorOfA(), world.a(), post, "hide", "Advert");
        UUID entry = db.sql("SELECT id FROM moderation_log WHERE content_ref = ? AND action = 'HIDDEN'")
                .param(post.ref().toString()).query(UUID.class).single();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/moderation/appeal")
                .with(fixtures.as(world.author()))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("entry", entry.toString()).param("text", "Not an advert"));

        Map<String, Object> flaggerExport = export(flagger);
        assertThat(flaggerExport.get("flagsMade").toString()).contains("Looks like an advert").contains(post.ref().toString());
        assertThat(export(world.author()).get("appealsMade").toString()).contains("Not an advert");

        personalData.forEach(part -> part.erase(flagger));
        personalData.forEach(part -> part.erase(world.moderatorOfA()));
        assertThat(world.count("SELECT count(*) FROM moderation_flag WHERE content_ref = ? AND flagger_id IS NULL",
                post.ref().toString())).isEqualTo(1);
        assertThat(world.page(world.moderatorOfBranch(), "/units/" + world.branch() + "/moderation/log").getContentAsString())
                .contains("former member").contains("Advert");
    }

    private Map<String, Object> export(UUID member) {
        Map<String, Object> all = new java.util.HashMap<>();
        personalData.forEach(part -> all.putAll(part.export(member)));
        return all;
    }
}
