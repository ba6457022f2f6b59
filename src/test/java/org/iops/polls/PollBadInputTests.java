package org.iops.polls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.iops.ApplicationTest;
import org.iops.units.UnitFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/** What a member (or anyone) can send that a poll must refuse: clearly, with a 4xx, and nothing written. */
@ApplicationTest
class PollBadInputTests extends PollsTestBase {

    @Test
    void refusesVotesAfterTheDeadlineFromOutsidersAndFromMembersWhoJoinedLate() throws Exception {
        String town = UnitFixtures.unique("Setubal");
        UUID member = fixtures.memberIn("PT", town);
        UUID outsider = fixtures.memberIn("PT", UnitFixtures.unique("Tomar"));
        PollId poll = polls.open(PollFixtures.question(fixtures.chapterOf(member), member, clock));
        UUID late = fixtures.memberIn("PT", town);

        MockHttpServletResponse lateVote = vote(poll, late, "answer", "YES");
        assertThat(lateVote.getStatus()).isEqualTo(403);
        assertThat(lateVote.getContentAsString()).contains("you were not a member of the unit when voting opened");
        assertThat(vote(poll, outsider, "answer", "YES").getStatus()).as("another chapter's poll is not found")
                .isEqualTo(404);
        assertThat(mvc.perform(post("/polls/" + poll + "/vote").with(csrf()).param("answer", "YES")).andReturn()
                .getResponse().getRedirectedUrl()).as("a visitor").endsWith("/login");
        assertThat(vote(poll, member, "answer", "MAYBE").getStatus()).isEqualTo(422);
        assertThat(vote(poll, member, "answer", "YES", "answer", "NO").getStatus()).isEqualTo(422);
        assertThat(ballots(poll)).isZero();

        clock.advance(Duration.ofDays(1).plusSeconds(1));
        MockHttpServletResponse afterDeadline = vote(poll, member, "answer", "YES");
        assertThat(afterDeadline.getStatus()).isEqualTo(409);
        assertThat(afterDeadline.getContentAsString()).contains("the deadline has passed");
        assertThat(ballots(poll)).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM poll_participation WHERE poll_id = ?").param(poll.value())
                .query(Long.class).single()).isZero();
    }

    @Test
    void refusesRankedBallotsThatRankAnOptionTwiceOrNameAnUnknownOne() throws Exception {
        UUID member = fixtures.memberIn("PT", UnitFixtures.unique("Sintra"));
        PollId poll = polls.open(PollFixtures.spec(fixtures.chapterOf(member), member, PollType.RANKED,
                List.of("A", "B", "C"), Secrecy.SECRET, clock));
        assertThat(vote(poll, member, "rank-0", "1", "rank-0", "2").getContentAsString())
                .contains("An option was ranked twice.");
        assertThat(vote(poll, member, "rank-3", "1").getContentAsString())
                .contains("Your ballot names an option this poll does not have.");
        assertThat(vote(poll, member, "rank-x", "1").getStatus()).isEqualTo(422);
        assertThat(vote(poll, member, "rank-0", "99999").getStatus()).isEqualTo(422);
        assertThat(vote(poll, member, "rank-0", "").getContentAsString()).contains("Rank at least one option.");
        assertThat(ballots(poll)).isZero();
    }

    @Test
    void aForgedReceiptIsNotOnTheBoard() throws Exception {
        UUID member = fixtures.memberIn("PT", UnitFixtures.unique("Leiria"));
        PollId poll = polls.open(PollFixtures.question(fixtures.chapterOf(member), member, clock));
        String receipt = (String) mvc.perform(post("/polls/" + poll + "/vote").with(csrf()).with(fixtures.as(member))
                .param("answer", "NO")).andReturn().getFlashMap().get("receipt");
        assertThat(check(poll, member, receipt).getStatus()).as("the board opens after the deadline").isEqualTo(409);
        clock.advance(Duration.ofDays(2));
        closing.closeIfDue(poll.value());

        MockHttpServletResponse forged = check(poll, member, "AAAA-BBBB-CCCC-DDDD-EEEE");
        assertThat(forged.getStatus()).isEqualTo(404);
        assertThat(forged.getContentAsString()).contains("This code is not on the board.");
        assertThat(check(poll, member, "x".repeat(5000)).getStatus()).isEqualTo(404);
        MockHttpServletResponse mine = check(poll, member, receipt.toLowerCase(java.util.Locale.ROOT));
        assertThat(mine.getStatus()).isEqualTo(200);
        assertThat(mine.getContentAsString()).contains("is on the board. Your ballot: No");
        String board = mvc.perform(get("/polls/" + poll + "/board.txt").with(fixtures.as(member))).andReturn()
                .getResponse().getContentAsString();
        assertThat(board).isEqualTo(receipt + "\tNO\t\n");
        assertThat(polls.find(poll).orElseThrow().outcome()).isEqualTo(PollOutcome.REJECTED);
        assertThat(jdbc.sql("SELECT board_hash FROM polls WHERE id = ?").param(poll.value()).query(String.class).single())
                .isEqualTo(PollsTests.sha256(board));
    }

    private MockHttpServletResponse vote(PollId poll, UUID member, String... fields) throws Exception {
        var request = post("/polls/" + poll + "/vote").with(csrf()).with(fixtures.as(member));
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private MockHttpServletResponse check(PollId poll, UUID member, String code) throws Exception {
        return mvc.perform(post("/polls/" + poll + "/board").with(csrf()).with(fixtures.as(member)).param("code", code))
                .andReturn().getResponse();
    }

    private long ballots(PollId poll) {
        return jdbc.sql("SELECT count(*) FROM poll_ballots WHERE poll_id = ?").param(poll.value()).query(Long.class)
                .single();
    }
}
