package org.iops.polls.core;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.iops.decisions.counting.BallotBox;
import org.iops.decisions.counting.ContestRules;
import org.iops.decisions.counting.CountResult;
import org.iops.decisions.counting.RankedChoiceCount;
import org.iops.decisions.counting.Round;
import org.iops.decisions.counting.RoundAction;
import org.iops.decisions.counting.WinnerElectionMode;
import org.iops.decisions.counting.methods.RankedBallot;
import org.iops.decisions.counting.methods.SchulzeCount;
import org.iops.decisions.counting.methods.SchulzeResult;
import org.iops.decisions.counting.methods.SeatRules;
import org.iops.decisions.counting.methods.TieBreak;
import org.iops.polls.PollOutcome;
import org.iops.polls.PollType;
import org.iops.polls.core.PollResult.Line;
import org.iops.polls.core.PollResult.QuorumLine;
import org.iops.polls.core.PollResult.RoundLine;

/**
 * Ranked ballots: instant runoff for one seat and single transferable vote for several, as RCTab counts them
 * (the engine's rules: a majority of continuing ballots for one seat, the Droop quota for several, one winner per
 * round, ties broken by ballot order); Schulze by beatpaths. Ranked polls are always direct (docs/polls.md).
 */
final class RankedCount {

    private RankedCount() {
    }

    /** The rules the engine counts this poll with; the RCTab contest configuration says the same. */
    static ContestRules rules(Poll poll) {
        return ContestRules.builder().candidates(poll.options().toArray(String[]::new))
                .winnerElectionMode(poll.seats() == 1 ? WinnerElectionMode.SINGLE_WINNER_MAJORITY
                        : WinnerElectionMode.MULTI_WINNER_ALLOW_ONLY_ONE_WINNER_PER_ROUND)
                .numberOfWinners(poll.seats()).build();
    }

    /**
     * Counts the ballots given as their distinct rankings (as stored: positions joined by {@code >}) with how many
     * ballots gave each; the engine counts each ranking once, weighted, which comes out as counting every ballot.
     */
    static Counting.Count count(Poll poll, Map<String, Long> rankings, long electorate) {
        long ballots = rankings.values().stream().mapToLong(Long::longValue).sum();
        QuorumLine quorum = Counting.quorum(poll.quorum(), electorate, ballots);
        List<String> options = poll.options();
        if (!quorum.met() || ballots == 0) {
            List<Line> lines = options.stream().map(o -> new Line(o, "0", null, false)).toList();
            return new Counting.Count(PollOutcome.NO_QUORUM, List.of(), new PollResult(electorate, ballots,
                    false, lines, quorum, null, List.of(), List.of(), List.of(), List.of()));
        }
        return poll.type() == PollType.SCHULZE ? schulze(poll, rankings, ballots, electorate, quorum)
                : runoff(poll, rankings, ballots, electorate, quorum);
    }

    /** The engine's own count of the ballots, round by round (instant runoff, or STV for several seats). */
    static CountResult engineCount(Poll poll, Map<String, Long> rankings) {
        List<String> options = poll.options();
        BallotBox box = new BallotBox();
        rankings.forEach((ranking, ballots) -> {
            List<Integer> order = new Choice(ranking, null).order();
            box.beginBallot();
            for (int rank = 0; rank < order.size(); rank++) {
                box.addMark(rank + 1, options.get(order.get(rank)));
            }
            box.endBallot(Math.toIntExact(ballots));
        });
        return RankedChoiceCount.count(rules(poll), box);
    }

    private static Counting.Count runoff(Poll poll, Map<String, Long> rankings, long ballots, long electorate,
            QuorumLine quorum) {
        List<String> options = poll.options();
        CountResult result = engineCount(poll, rankings);
        List<RoundLine> rounds = new ArrayList<>();
        result.passes().forEach(pass -> pass.rounds().forEach(round -> rounds.add(round(round))));
        Map<String, BigDecimal> first = result.passes().get(0).rounds().get(0).tally();
        List<String> winners = result.winners();
        List<Line> lines = options.stream().map(o -> new Line(o, first.getOrDefault(o, BigDecimal.ZERO)
                .stripTrailingZeros().toPlainString(), null, winners.contains(o))).toList();
        return new Counting.Count(winners.isEmpty() ? PollOutcome.TIED : PollOutcome.DECIDED, winners,
                new PollResult(electorate, ballots, false, lines, quorum, null, rounds, List.of(), List.of(),
                        List.of()));
    }

    private static RoundLine round(Round round) {
        List<Line> tally = round.tally().entrySet().stream()
                .map(e -> new Line(e.getKey(), e.getValue().stripTrailingZeros().toPlainString(), null, false)).toList();
        List<String> elected = round.actions().stream().filter(a -> a.type() == RoundAction.Type.ELECTED)
                .map(RoundAction::candidate).toList();
        List<String> eliminated = round.actions().stream().filter(a -> a.type() == RoundAction.Type.ELIMINATED)
                .map(RoundAction::candidate).toList();
        return new RoundLine(round.number(), tally, round.threshold().stripTrailingZeros().toPlainString(),
                round.totalInactive().stripTrailingZeros().toPlainString(), elected, eliminated);
    }

    private static Counting.Count schulze(Poll poll, Map<String, Long> rankings, long ballots, long electorate,
            QuorumLine quorum) {
        List<String> options = poll.options();
        List<RankedBallot> ranked = new ArrayList<>();
        long[] weights = new long[rankings.size()];
        long[] firsts = new long[options.size()];
        rankings.forEach((ranking, count) -> {
            List<Integer> order = new Choice(ranking, null).order();
            weights[ranked.size()] = count;
            ranked.add(RankedBallot.of(order.stream().map(options::get).toArray(String[]::new)));
            firsts[order.get(0)] += count;
        });
        SchulzeResult result = SchulzeCount.count(new SeatRules(options, poll.seats(), TieBreak.reportTie()), ranked,
                weights);
        List<String> winners = result.winners();
        List<Line> lines = IntStream.range(0, options.size()).mapToObj(i -> new Line(options.get(i),
                String.valueOf(firsts[i]), null, winners.contains(options.get(i)))).toList();
        PollOutcome outcome = result.unfilledSeats() > 0 ? PollOutcome.TIED : PollOutcome.DECIDED;
        return new Counting.Count(outcome, outcome == PollOutcome.TIED ? List.of() : winners,
                new PollResult(electorate, ballots, false, lines, quorum, null, List.of(), result.ranking(),
                        List.of(), List.of()));
    }
}
