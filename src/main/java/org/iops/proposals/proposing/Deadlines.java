package org.iops.proposals.proposing;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.iops.decisions.counting.methods.Fraction;
import org.iops.decisions.counting.methods.Quorum;
import org.iops.decisions.counting.methods.Threshold;
import org.iops.polls.PollClosed;
import org.iops.polls.PollId;
import org.iops.polls.PollOutcome;
import org.iops.polls.PollSpec;
import org.iops.polls.PollSummary;
import org.iops.polls.Polls;
import org.iops.polls.Secrecy;
import org.iops.polls.Weighting;
import org.iops.proposals.ProposalId;
import org.iops.proposals.ProposalOutcome;
import org.iops.units.UnitId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The proposals' clock. Every minute (a db-scheduler task: one node at a time) each proposal whose discussion ended
 * goes to its vote, a poll opened with the proposal as its origin, or closes as "not enough support"; when the poll
 * closes, {@link PollClosed} records the outcome. Each step is a conditional update of the proposal's phase, so it
 * happens once whatever runs it twice (a second node, a redelivered event). A vote whose result was missed is
 * caught up from the poll itself, so that nothing past its deadline stays without an outcome.
 */
@Component("proposalsDeadlines")
class Deadlines {

    private static final Logger LOG = LoggerFactory.getLogger(Deadlines.class);
    private static final int BATCH = 100;
    /** Left to the poll to close and announce itself before the sweep asks it. */
    private static final Duration GRACE = Duration.ofMinutes(5);
    /** A vote opened late by the clock still lasts at least this long. */
    private static final Duration SHORTEST_VOTE = Duration.ofHours(1);

    private final ProposalRepository proposals;
    private final ObjectProvider<Polls> polls;
    private final ProposalNotices notices;
    private final RulesBook rules;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Deadlines(ProposalRepository proposals, ObjectProvider<Polls> polls, ProposalNotices notices, RulesBook rules,
            TransactionTemplate transactions, Clock clock) {
        this.proposals = proposals;
        this.polls = polls;
        this.notices = notices;
        this.rules = rules;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Bean
    static RecurringTask<Void> proposalDeadlines(ObjectProvider<Deadlines> deadlines) {
        return Tasks.recurring("proposals-deadlines", FixedDelay.of(Duration.ofMinutes(1)))
                .execute((instance, context) -> deadlines.getObject().run());
    }

    /** Moves every proposal that is due; returns how many moved. */
    int run() {
        int moved = 0;
        Instant now = now();
        List<UUID> due;
        int before;
        do {
            before = moved;
            due = proposals.discussionsDue(now, BATCH);
            for (UUID id : due) {
                if (Boolean.TRUE.equals(transactions.execute(status -> endDiscussion(id)))) {
                    moved++;
                }
            }
            // a whole batch that could not move (no polls module yet) waits for the next run
        } while (due.size() == BATCH && moved > before);
        for (Proposal overdue : proposals.votesOverdue(now.minus(GRACE), BATCH)) {
            Polls engine = polls.getIfAvailable();
            PollSummary poll = engine == null || overdue.poll() == null ? null
                    : engine.find(new PollId(overdue.poll())).orElse(null);
            if (poll != null && poll.outcome() != null) {
                transactions.executeWithoutResult(status -> record(overdue.id(), poll.outcome()));
            }
        }
        return moved;
    }

    /** Ends one proposal's discussion; false when it cannot now (no polls module to vote with). */
    private boolean endDiscussion(UUID id) {
        Proposal proposal = proposals.lock(id).orElse(null);
        Instant now = now();
        if (proposal == null || !proposal.inDiscussion() || proposal.discussionEnds().isAfter(now)) {
            return true;
        }
        if (proposal.supporters() < proposal.supportNeeded()) {
            if (proposals.close(id, ProposalOutcome.NOT_ENOUGH_SUPPORT, now)) {
                notices.closed(proposal, ProposalOutcome.NOT_ENOUGH_SUPPORT, false);
            }
            return true;
        }
        Polls engine = polls.getIfAvailable();
        if (engine == null) {
            LOG.warn("No polls module: proposal {} waits for its vote", id);
            return false;
        }
        Instant closes = proposal.votingEnds().isAfter(now.plus(SHORTEST_VOTE)) ? proposal.votingEnds()
                : now.plus(SHORTEST_VOTE);
        PollId poll = engine.open(spec(proposal, now, closes));
        if (proposals.startVoting(id, poll.value(), closes)) {
            notices.votingOpened(proposals.find(id).orElseThrow());
        }
        return true;
    }

    private PollSpec spec(Proposal proposal, Instant opens, Instant closes) {
        Quorum quorum = proposal.quorumPercent() == 0 ? Quorum.none()
                : Quorum.fractionOfElectorate(Fraction.of(proposal.quorumPercent(), 100));
        Threshold threshold = proposal.twoThirds() ? Threshold.twoThirds() : Threshold.simpleMajority();
        // an erased author's proposal is put to the vote by nobody we can name (the poll says "former member")
        return new PollSpec(new UnitId(proposal.unit()), proposal.author(), proposal.title(), proposals.body(proposal.id()),
                proposal.language(), proposal.pollType(), List.of(), 1, opens, closes, Secrecy.SECRET,
                Weighting.DIRECT, quorum, threshold, proposal.proposalId().ref());
    }

    @ApplicationModuleListener
    void on(PollClosed closed) {
        if (closed.origin() != null && ProposalId.TYPE.equals(closed.origin().type())) {
            record(closed.origin().id(), closed.outcome());
        }
    }

    /** Records the vote's outcome on the proposal, once; adopted rules it put to the vote become the unit's. */
    void record(UUID id, PollOutcome outcome) {
        ProposalOutcome result = outcomeOf(outcome);
        proposals.find(id).filter(p -> p.phase() == Proposal.Phase.VOTING).ifPresent(proposal -> {
            if (proposals.close(id, result, now())) {
                if (result == ProposalOutcome.ADOPTED) {
                    proposals.rulesChange(id).ifPresent(json -> rules.ratify(new UnitId(proposal.unit()), json,
                            proposal.author(), proposal.proposalId().ref()));
                }
                notices.closed(proposal, result, true);
            }
        });
    }

    static ProposalOutcome outcomeOf(PollOutcome outcome) {
        return switch (outcome) {
            case ADOPTED, DECIDED -> ProposalOutcome.ADOPTED;
            case REJECTED, TIED -> ProposalOutcome.REJECTED;
            case BLOCKED -> ProposalOutcome.BLOCKED;
            case NO_QUORUM -> ProposalOutcome.NO_QUORUM;
            case CANCELLED -> ProposalOutcome.WITHDRAWN;
        };
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
