package org.iops.proposals.proposing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.iops.polls.PollSummary;
import org.iops.polls.Polls;
import org.iops.proposals.ProposalId;
import org.iops.proposals.ProposalOutcome;
import org.iops.units.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * End to end over HTTP: a proposal reaches its vote, members vote, and the chapter's admin cancels the vote with a
 * reason through the poll's confirm page. The proposal then ends withdrawn (its recorded outcome, on its page and on
 * its unit's page), everyone on the roll is told why, and the ballots already cast are gone.
 */
class ProposalPollCancelTests extends ProposalsIntegrationTest {

    @Autowired
    Deadlines deadlines;
    @Autowired
    Polls polls;
    @Autowired
    ProposalRepository proposals;

    @Test
    void anAdminCancelsAProposalsVoteAndTheProposalEndsWithdrawnWithTheRollToldAndNoBallotKept() throws Exception {
        UUID author = member();
        UUID first = neighbourOf(author);
        UUID second = neighbourOf(author);
        UUID chapter = fixtures.chapterOf(author);
        UUID admin = fixtures.memberWithRole(Role.ADMIN, chapter);
        String title = "A tool library " + UUID.randomUUID().toString().substring(0, 8);
        ProposalId id = propose(author, title, "UNIT");
        send(post(id.path() + "/support"), first);
        send(post(id.path() + "/support"), second);
        clock.advance(Duration.ofDays(7).plusMinutes(1));
        deadlines.run();
        PollSummary poll = polls.latestFor(id.ref()).orElseThrow();
        String pollPath = poll.path();
        assertThat(page(id.path(), first)).contains("Voting.", pollPath);

        for (UUID voter : List.of(author, first)) {
            assertThat(send(post(pollPath + "/vote").param("answer", "AGREE"), voter).getStatus()).isEqualTo(302);
        }
        assertThat(count("SELECT count(*) FROM poll_ballots WHERE poll_id = ?", poll.id().value())).isEqualTo(2);

        // the admin finds the link on the poll's page, is asked for a reason, and cancels
        assertThat(page(pollPath, admin)).contains("href=\"" + pollPath + "/cancel\"");
        assertThat(page(pollPath + "/cancel", admin)).contains("Cancel this poll", "Reason");
        MockHttpServletResponse noReason = send(post(pollPath + "/cancel").param("reason", ""), admin);
        assertThat(noReason.getStatus()).isEqualTo(422);
        assertThat(noReason.getContentAsString()).contains("Say why the poll is cancelled.");
        assertThat(proposals.find(id.value()).orElseThrow().outcome()).as("nothing recorded yet").isNull();
        MockHttpServletResponse done = send(post(pollPath + "/cancel")
                .param("reason", "The proposal repeats one already adopted"), admin);
        assertThat(done.getStatus()).isEqualTo(302);
        assertThat(done.getRedirectedUrl()).isEqualTo(pollPath);

        // the proposal's outcome is recorded from the poll's event: withdrawn, on its page and on its unit's page
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                proposals.find(id.value()).orElseThrow().outcome()).isEqualTo(ProposalOutcome.WITHDRAWN));
        assertThat(page(id.path(), second)).contains("Outcome:", "Withdrawn").doesNotContain("Voting.");
        String unitPage = page("/units/" + chapter, second);
        assertThat(unitPage).contains("Recent outcomes", title);
        assertThat(unitPage.substring(unitPage.indexOf(title))).contains("Withdrawn");

        // what a member on the roll sees and is told; the ballots cast are gone, and nobody votes any more
        assertThat(page(pollPath, second)).contains("Cancelled: The proposal repeats one already adopted, by ",
                "no ballot was counted");
        for (UUID member : List.of(author, first, second)) {
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(count(
                    "SELECT count(*) FROM notification WHERE member_id = ? AND kind = 'polls.cancelled'", member))
                    .as("told of the cancellation").isEqualTo(1));
        }
        assertThat(count("SELECT count(*) FROM notification WHERE member_id = ? AND kind = 'polls.cancelled'", admin))
                .as("the admin is not on the roll").isZero();
        assertThat(count("SELECT count(*) FROM poll_ballots WHERE poll_id = ?", poll.id().value())).isZero();
        assertThat(send(post(pollPath + "/vote").param("answer", "AGREE"), second).getStatus()).isEqualTo(409);
        assertThat(read(pollPath + "/board", first).getStatus()).as("no bulletin board").isEqualTo(404);
    }
}
