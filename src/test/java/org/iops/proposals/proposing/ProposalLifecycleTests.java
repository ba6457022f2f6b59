package org.iops.proposals.proposing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.iops.polls.PollClosed;
import org.iops.polls.PollId;
import org.iops.polls.PollOutcome;
import org.iops.polls.PollSummary;
import org.iops.polls.PollType;
import org.iops.polls.Polls;
import org.iops.proposals.ProposalId;
import org.iops.proposals.ProposalOutcome;
import org.iops.units.UnitId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Nothing fizzles: by the server's clock a proposal goes to its vote (a real poll of the polls module) or closes
 * without enough support, and the vote's result becomes its outcome, each exactly once however often the clock's
 * task and the poll's event arrive.
 */
class ProposalLifecycleTests extends ProposalsIntegrationTest {

    @Autowired
    Deadlines deadlines;
    @Autowired
    Polls polls;
    @Autowired
    ProposalRepository proposals;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    RulesBook rules;

    private long told(UUID member, String kind) {
        return count("SELECT count(*) FROM notification WHERE member_id = ? AND kind = ?", member, kind);
    }

    /** A proposal in the author's chapter with the two supporters more it needs (three in all). */
    private ProposalId supported(UUID author, String title) throws Exception {
        ProposalId id = propose(author, title, "UNIT");
        send(post(id.path() + "/support"), neighbourOf(author));
        send(post(id.path() + "/support"), neighbourOf(author));
        return id;
    }

    @Test
    void withoutEnoughSupportAProposalClosesOnceWhenItsDiscussionEnds() throws Exception {
        UUID author = member();
        ProposalId id = propose(author, "Too early", "UNIT");
        deadlines.run();
        assertThat(proposals.find(id.value()).orElseThrow().phase()).as("not before its deadline")
                .isEqualTo(Proposal.Phase.DISCUSSION);

        clock.advance(Duration.ofDays(7).plusMinutes(1));
        deadlines.run();
        deadlines.run();

        Proposal closed = proposals.find(id.value()).orElseThrow();
        assertThat(closed.outcome()).isEqualTo(ProposalOutcome.NOT_ENOUGH_SUPPORT);
        assertThat(closed.poll()).isNull();
        assertThat(told(author, ProposalNotices.OUTCOME)).as("the author is told once").isEqualTo(1);
        assertThat(page(id.path(), author)).contains("Outcome:", "Not enough support to go to a vote");
        assertThat(page("/units/" + fixtures.chapterOf(author), author)).contains("Recent outcomes", "Too early");
    }

    @Test
    void withEnoughSupportItGoesToAVoteOnItsFrozenTextAndThePollsResultIsItsOutcomeOnce() throws Exception {
        UUID author = member();
        UUID neighbour = neighbourOf(author);
        ProposalId id = supported(author, "Shared tools");
        clock.advance(Duration.ofDays(7).plusMinutes(1));
        assertThat(deadlines.run()).isPositive();
        deadlines.run();

        Proposal voting = proposals.find(id.value()).orElseThrow();
        assertThat(voting.phase()).isEqualTo(Proposal.Phase.VOTING);
        PollSummary poll = polls.latestFor(id.ref()).orElseThrow();
        assertThat(count("SELECT count(*) FROM polls WHERE origin = ?", id.ref().toString())).as("one vote")
                .isEqualTo(1);
        assertThat(poll.unit()).isEqualTo(new UnitId(fixtures.chapterOf(author)));
        assertThat(poll.type()).isEqualTo(PollType.CONSENT);
        assertThat(poll.closesAt()).isEqualTo(voting.votingEnds());
        assertThat(page(poll.path(), neighbour)).as("the poll page shows the frozen text and its secrecy")
                .contains("We propose Shared tools.");
        assertThat(count("SELECT count(*) FROM polls WHERE id = ? AND secrecy = 'SECRET'", poll.id().value()))
                .isEqualTo(1);
        assertThat(voting.poll()).isEqualTo(poll.id().value());
        assertThat(told(author, ProposalNotices.VOTING)).isEqualTo(1);
        assertThat(page(id.path(), neighbour)).contains("Voting.", "/polls/" + poll.id(), "frozen");
        assertThat(send(post(id.path() + "/amendments/new").param("body", "Other").param("reason", "Late"),
                neighbour).getStatus()).isEqualTo(409);

        // the polls module announces the result; a redelivered event changes nothing
        PollClosed closed = new PollClosed(poll.id(), poll.unit(), id.ref(), PollOutcome.ADOPTED, List.of(), 3, 4,
                voting.votingEnds());
        transactions.executeWithoutResult(status -> events.publishEvent(closed));
        transactions.executeWithoutResult(status -> events.publishEvent(closed));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(proposals.find(id.value()).orElseThrow().outcome()).isEqualTo(ProposalOutcome.ADOPTED));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(told(neighbour, ProposalNotices.OUTCOME)).as("the unit's members, once").isEqualTo(1));
        assertThat(page(id.path(), neighbour)).contains("Outcome:", "Adopted");
    }

    @ParameterizedTest
    @EnumSource(PollOutcome.class)
    void everyWayAPollEndsIsARecordedOutcome(PollOutcome outcome) throws Exception {
        UUID author = member();
        ProposalId id = supported(author, "Outcome " + outcome);
        clock.advance(Duration.ofDays(7).plusMinutes(1));
        deadlines.run();

        deadlines.record(id.value(), outcome);
        deadlines.record(id.value(), PollOutcome.ADOPTED);

        ProposalOutcome expected = switch (outcome) {
            case ADOPTED, DECIDED -> ProposalOutcome.ADOPTED;
            case REJECTED, TIED -> ProposalOutcome.REJECTED;
            case BLOCKED -> ProposalOutcome.BLOCKED;
            case NO_QUORUM -> ProposalOutcome.NO_QUORUM;
            case CANCELLED -> ProposalOutcome.WITHDRAWN;
        };
        assertThat(proposals.find(id.value()).orElseThrow().outcome()).as("the first result stays")
                .isEqualTo(expected);
        assertThat(told(author, ProposalNotices.OUTCOME)).isEqualTo(1);
    }

    @Test
    void aVoteWhoseResultWasMissedIsCaughtUpFromThePollAfterItsDeadline() throws Exception {
        UUID author = member();
        ProposalId id = supported(author, "Missed result");
        clock.advance(Duration.ofDays(7).plusMinutes(1));
        deadlines.run();
        PollId poll = polls.latestFor(id.ref()).orElseThrow().id();
        // the poll closed, but its PollClosed event never reached the proposals module
        jdbc.sql("UPDATE polls SET state = 'CLOSED', outcome = 'NO_QUORUM', ballots_cast = 0, closed_at = closes_at "
                + "WHERE id = ?").param(poll.value()).update();

        deadlines.run();
        assertThat(proposals.find(id.value()).orElseThrow().phase()).as("not before the deadline")
                .isEqualTo(Proposal.Phase.VOTING);
        clock.advance(Duration.ofDays(3).plusMinutes(10));
        deadlines.run();
        assertThat(proposals.find(id.value()).orElseThrow().outcome()).isEqualTo(ProposalOutcome.NO_QUORUM);
        assertThat(page(id.path(), author)).contains("No quorum");
    }

    @Test
    void rulesPutToTheMembersBecomeTheUnitsRulesRatifiedByTheProposalWhenAdopted() throws Exception {
        UUID author = member();
        UUID chapter = fixtures.chapterOf(author);
        UUID admin = fixtures.memberWithRole(org.iops.units.Role.ADMIN, chapter);
        var answer = send(ProposalRulesTests.rulesForm("/units/" + chapter + "/proposal-rules/propose", "MEMBERS",
                "7", "YES_NO"), admin);
        assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(302);
        ProposalId id = ProposalId.parse(answer.getRedirectedUrl().substring("/proposals/".length()));
        assertThat(page(id.path(), author)).contains("New proposal rules for",
                "A proposal needs 7 supporters to go to a vote.");
        assertThat(rules.current(new UnitId(chapter)).support()).as("not before it is adopted").isNotEqualTo(7);

        send(post(id.path() + "/support"), neighbourOf(author));
        send(post(id.path() + "/support"), author);
        clock.advance(Duration.ofDays(14).plusMinutes(1));
        deadlines.run();
        deadlines.record(id.value(), PollOutcome.ADOPTED);

        var version = rules.currentVersion(new UnitId(chapter));
        assertThat(version.value().support()).isEqualTo(7);
        assertThat(version.status()).isEqualTo(org.iops.governance.RuleStatus.RATIFIED);
        assertThat(version.decidedBy()).isEqualTo(id.ref());
        assertThat(page("/units/" + chapter + "/proposal-rules", admin)).contains("Ratified", id.path());
    }
}
