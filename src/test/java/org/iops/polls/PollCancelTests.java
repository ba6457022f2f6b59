package org.iops.polls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.iops.ApplicationTest;
import org.iops.content.ContentRef;
import org.iops.members.Outbox;
import org.iops.polls.core.PollRepository;
import org.iops.units.Residence;
import org.iops.units.UnitDirectory;
import org.iops.units.UnitFixtures;
import org.iops.units.UnitId;
import org.iops.units.UnitStatus;
import org.iops.units.tree.Structure;
import org.iops.units.tree.UnitDirectoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Cancelling a poll: an admin's, with a reason, and the one an archived unit brings; a merged chapter's poll moving to
 * the survivor with the roll it froze. What the roll, the poll's page and the unit's page then say.
 */
@ApplicationTest
@RecordApplicationEvents
class PollCancelTests extends PollsTestBase {

    @Autowired
    PollRepository repository;
    @Autowired
    UnitDirectory units;
    @Autowired
    UnitDirectoryService directory;
    @Autowired
    Structure structure;
    @Autowired
    ApplicationEvents events;

    MockHttpServletResponse send(String path, UUID member, String reason) throws Exception {
        return mvc.perform(post(path).with(csrf()).with(fixtures.as(member)).param("reason", reason)).andReturn()
                .getResponse();
    }

    MockHttpServletResponse read(String path, UUID member) throws Exception {
        return mvc.perform(get(path).with(fixtures.as(member))).andReturn().getResponse();
    }

    String name(UUID member) {
        return jdbc.sql("SELECT display_name FROM member WHERE id = ?").param(member).query(String.class).single();
    }

    @Test
    void anAdminCancelsAnOpenPollWithAReasonAndItsPageSaysWhyByWhomAndWhenWithNoBallotCounted() throws Exception {
        String town = UnitFixtures.unique("Aveiro");
        UUID a = fixtures.memberIn("PT", town);
        UUID b = fixtures.memberIn("PT", town);
        UUID chapter = fixtures.chapterOf(a);
        UUID admin = fixtures.memberWithRole(org.iops.units.Role.ADMIN, chapter);
        ContentRef origin = new ContentRef("proposals.proposal", UUID.randomUUID());
        PollSpec base = PollFixtures.question(chapter, a, clock);
        PollId id = polls.open(new PollSpec(base.unit(), a, base.title(), base.description(), "en", PollType.YES_NO,
                List.of(), 1, base.opensAt(), base.closesAt(), Secrecy.SECRET, Weighting.DIRECT, base.quorum(),
                base.threshold(), origin));
        String path = "/polls/" + id;
        assertThat(mvc.perform(post(path + "/vote").with(csrf()).with(fixtures.as(a)).param("answer", "YES"))
                .andReturn().getResponse().getStatus()).isEqualTo(302);

        assertThat(read(path, admin).getContentAsString()).contains("href=\"" + path + "/cancel\"");
        assertThat(read(path, b).getContentAsString()).as("a member is not offered it").doesNotContain(path + "/cancel");
        assertThat(read(path + "/cancel", admin).getContentAsString()).contains("Cancel this poll", "Reason");
        assertThat(read(path + "/cancel", b).getStatus()).isEqualTo(403);
        assertThat(send(path + "/cancel", b, "I do not like it").getStatus()).isEqualTo(403);
        MockHttpServletResponse noReason = send(path + "/cancel", admin, "   ");
        assertThat(noReason.getStatus()).isEqualTo(422);
        assertThat(noReason.getContentAsString()).contains("Say why the poll is cancelled.");
        assertThat(send(path + "/cancel", admin, "x".repeat(1001)).getStatus()).isEqualTo(422);
        assertThat(repository.find(id.value()).orElseThrow().isClosed()).as("nothing written").isFalse();

        MockHttpServletResponse done = send(path + "/cancel", admin, "The question was put twice");
        assertThat(done.getStatus()).isEqualTo(302);
        assertThat(done.getRedirectedUrl()).isEqualTo(path);

        String page = read(path, b).getContentAsString();
        assertThat(page).contains("Cancelled: The question was put twice, by " + name(admin) + ",",
                "no ballot was counted").doesNotContain("Threshold met", "Bulletin board:", path + "/cancel");
        assertThat(mvc.perform(post(path + "/vote").with(csrf()).with(fixtures.as(b)).param("answer", "NO"))
                .andReturn().getResponse().getStatus()).as("voting has ended").isEqualTo(409);
        assertThat(jdbc.sql("SELECT count(*) FROM poll_ballots WHERE poll_id = ?").param(id.value()).query(Long.class)
                .single()).as("ballots discarded unread").isZero();
        assertThat(read(path + "/board.txt", a).getStatus()).as("no board is published").isEqualTo(404);
        assertThat(events.stream(PollClosed.class).filter(e -> e.poll().equals(id))).singleElement().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo(PollOutcome.CANCELLED);
            assertThat(e.origin()).isEqualTo(origin);
            assertThat(e.winners()).isEmpty();
        });

        clock.advance(Duration.ofDays(2));
        assertThat(closing.closeIfDue(id.value())).as("a cancelled poll is never counted").isFalse();
        assertThat(polls.find(id).orElseThrow().outcome()).isEqualTo(PollOutcome.CANCELLED);
        MockHttpServletResponse again = send(path + "/cancel", admin, "Once more");
        assertThat(again.getStatus()).isEqualTo(409);
        assertThat(again.getContentAsString()).contains("it can no longer be cancelled");
    }

    @Test
    void theRollIsToldOfTheCancellationAndWhyInEachMembersLanguage() throws Exception {
        String town = UnitFixtures.unique("Viseu");
        UUID english = fixtures.memberIn("PT", town);
        UUID german = fixtures.memberIn("PT", town);
        jdbc.sql("UPDATE member SET language = 'de' WHERE id = ?").param(german).update();
        UUID chapter = fixtures.chapterOf(english);
        UUID admin = fixtures.memberWithRole(org.iops.units.Role.ADMIN, chapter);
        PollSpec spec = PollFixtures.question(chapter, english, clock);
        PollId id = polls.open(spec);

        assertThat(send("/polls/" + id + "/cancel", admin, "Wrong date in the question").getStatus()).isEqualTo(302);

        Outbox.Mail toGerman = PollFixtures.mail(german, "Abgebrochen: „" + spec.title() + "“");
        assertThat(toGerman.text()).contains("Hallo", "wurde vor ihrem Ende abgebrochen: Wrong date in the question",
                "/polls/" + id);
        Outbox.Mail toEnglish = PollFixtures.mail(english, "Cancelled: “" + spec.title() + "”");
        assertThat(toEnglish.text()).contains("was cancelled before it closed: Wrong date in the question");
        assertThat(jdbc.sql("SELECT count(*) FROM notification WHERE member_id = ? AND kind = 'polls.cancelled'")
                .param(admin).query(Long.class).single()).as("the admin is not on the roll").isZero();
    }

    @Test
    void archivingAChapterCancelsItsOpenPollsAndThePageSaysTheUnitWasArchived() throws Exception {
        String town = UnitFixtures.unique("Tomar");
        UUID member = fixtures.memberIn("PT", town);
        UUID chapter = fixtures.chapterOf(member);
        PollId open = polls.open(PollFixtures.question(chapter, member, clock));
        PollId counted = polls.open(PollFixtures.question(chapter, member, clock));
        clock.advance(Duration.ofDays(1).plusMinutes(1));
        assertThat(closing.closeIfDue(counted.value())).isTrue();
        clock.advance(Duration.ofDays(-1).minusMinutes(1));

        directory.place(member, new Residence("PT", UnitFixtures.unique("Leiria"), null));
        structure.changeStatus(fixtures.internationalAdmin(), chapter, UnitStatus.ARCHIVED);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(polls.find(open).orElseThrow().outcome()).isEqualTo(PollOutcome.CANCELLED));
        assertThat(polls.find(counted).orElseThrow().outcome()).as("a closed poll keeps its result")
                .isEqualTo(PollOutcome.REJECTED);
        assertThat(read("/polls/" + open, member).getContentAsString())
                .as("its roll still sees it").contains("Cancelled: the unit was archived,");
    }

    @Test
    void aMergedChaptersOpenPollIsShownOnTheSurvivorsPageAndKeepsTheRollItFroze() throws Exception {
        UUID merged = fixtures.memberIn("PT", UnitFixtures.unique("Braganca"));
        UUID survivor = fixtures.memberIn("PT", UnitFixtures.unique("Chaves"));
        UUID from = fixtures.chapterOf(merged);
        UUID into = fixtures.chapterOf(survivor);
        String mergedName = units.find(new UnitId(from)).orElseThrow().name();
        PollSpec spec = PollFixtures.question(from, merged, clock);
        PollId id = polls.open(spec);

        structure.merge(fixtures.internationalAdmin(), from, into);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(polls.find(id).orElseThrow().unit()).isEqualTo(new UnitId(into)));
        String unitPage = read(units.find(new UnitId(into)).orElseThrow().path(), survivor).getContentAsString();
        assertThat(unitPage).as("listed on the surviving chapter's page").contains(spec.title());
        String page = read("/polls/" + id, merged).getContentAsString();
        assertThat(page).contains(mergedName + " merged into this chapter", "keeps the roll frozen when voting opened (1 member)");
        assertThat(mvc.perform(post("/polls/" + id + "/vote").with(csrf()).with(fixtures.as(survivor))
                .param("answer", "YES")).andReturn().getResponse().getStatus())
                .as("the survivor's own members are not on the roll").isEqualTo(403);
        assertThat(mvc.perform(post("/polls/" + id + "/vote").with(csrf()).with(fixtures.as(merged))
                .param("answer", "YES")).andReturn().getResponse().getStatus()).isEqualTo(302);
    }

    @Test
    void aReasonOfControlCharactersIsAskedForAgainAndOneWithANulIsKeptWithoutIt() throws Exception {
        String town = UnitFixtures.unique("Viseu");
        UUID a = fixtures.memberIn("PT", town);
        UUID chapter = fixtures.chapterOf(a);
        UUID admin = fixtures.memberWithRole(org.iops.units.Role.ADMIN, chapter);
        String path = "/polls/" + polls.open(PollFixtures.question(chapter, a, clock));

        MockHttpServletResponse nothingButControls = send(path + "/cancel", admin, "\u0000\u0001\u001b");
        assertThat(nothingButControls.getStatus()).isEqualTo(422);
        assertThat(nothingButControls.getContentAsString()).contains("Say why the poll is cancelled.");
        assertThat(read(path, a).getContentAsString()).as("still open").doesNotContain("Cancelled:");

        assertThat(send(path + "/cancel", admin, "Put\u0000 twice").getStatus()).isEqualTo(302);
        assertThat(read(path, a).getContentAsString()).contains("Cancelled: Put twice, by " + name(admin) + ",");
    }
}
