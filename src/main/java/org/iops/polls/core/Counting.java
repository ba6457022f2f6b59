package org.iops.polls.core;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.iops.decisions.counting.methods.ConsentCount;
import org.iops.decisions.counting.methods.ConsentResult;
import org.iops.decisions.counting.methods.ConsentRules;
import org.iops.decisions.counting.methods.DecisionOutcome;
import org.iops.decisions.counting.methods.Quorum;
import org.iops.decisions.counting.methods.ThresholdOutcome;
import org.iops.decisions.counting.methods.YesNoCount;
import org.iops.decisions.counting.methods.YesNoResult;
import org.iops.decisions.counting.methods.YesNoRules;
import org.iops.polls.PollOutcome;
import org.iops.polls.PollType;
import org.iops.polls.Weighting;
import org.iops.polls.core.PollResult.Line;
import org.iops.polls.core.PollResult.QuorumLine;
import org.iops.polls.core.PollResult.ThresholdLine;

/**
 * Counts a poll's ballots with the methods of {@code decisions.counting}: consent and yes/no by their rules
 * (quorum, threshold, a block stops consent), single choice and approval by most votes, a meeting time by most who can
 * attend (yes and if need be, yes breaking a tie), ranked ballots by {@link RankedCount}.
 */
final class Counting {

    /** How a count came out. */
    record Count(PollOutcome outcome, List<String> winners, PollResult result) {

        Count withChapters(List<PollResult.ChapterLine> chapters) {
            PollResult r = result;
            return new Count(outcome, winners, new PollResult(r.electorate(), r.ballots(), r.weighted(), r.lines(),
                    r.quorum(), r.threshold(), r.rounds(), r.ranking(), r.reasons(), chapters));
        }
    }

    private static final long SCALE = 1000;

    private Counting() {
    }

    static Count questions(Poll poll, BallotTally tally, Map<Optional<UUID>, Long> roll, long electorate,
            List<String> reasons) {
        boolean weighted = poll.weighting() == Weighting.CHAPTER_WEIGHTED;
        BigDecimal[] totals = tally.totals(roll, weighted);
        long[] sums = tally.sums();
        long[] basis = weighted ? scaled(totals) : sums;
        if (weighted && poll.type() == PollType.CONSENT && sums[3] > 0) {
            basis[3] = Math.max(basis[3], 1); // a single block stops it, however small its chapter's weight
        }
        // the weighted counts are rounded to thousandths one by one, so their sum can pass the scaled electorate
        long basisElectorate = weighted ? Math.max(electorate * SCALE, java.util.Arrays.stream(basis).sum()) : electorate;
        DecisionOutcome decision;
        ThresholdOutcome threshold;
        QuorumLine quorum;
        List<String> answers;
        if (poll.type() == PollType.CONSENT) {
            answers = List.of("AGREE", "ABSTAIN", "DISAGREE", "BLOCK");
            ConsentResult actual = ConsentCount.count(ConsentRules.singleBlockStops(poll.quorum(), poll.threshold()),
                    electorate, sums[0], sums[1], sums[2], sums[3]);
            ConsentResult counted = ConsentCount.count(ConsentRules.singleBlockStops(Quorum.none(), poll.threshold()),
                    basisElectorate, basis[0], basis[1], basis[2], sums[3] > 0 ? basis[3] : 0);
            quorum = new QuorumLine(actual.quorum().required(), actual.quorum().turnout(), actual.quorum().met());
            threshold = counted.agreement();
            decision = !quorum.met() ? DecisionOutcome.QUORUM_NOT_MET : counted.outcome();
        } else {
            answers = List.of("YES", "NO", "ABSTAIN");
            YesNoResult actual = YesNoCount.count(new YesNoRules(poll.quorum(), poll.threshold()), electorate,
                    sums[0], sums[1], sums[2]);
            YesNoResult counted = YesNoCount.count(new YesNoRules(Quorum.none(), poll.threshold()), basisElectorate,
                    basis[0], basis[1], basis[2]);
            quorum = new QuorumLine(actual.quorum().required(), actual.quorum().turnout(), actual.quorum().met());
            threshold = counted.threshold();
            decision = !quorum.met() ? DecisionOutcome.QUORUM_NOT_MET : counted.outcome();
        }
        PollOutcome outcome = switch (decision) {
            case PASSED -> PollOutcome.ADOPTED;
            case REJECTED -> PollOutcome.REJECTED;
            case BLOCKED -> PollOutcome.BLOCKED;
            case QUORUM_NOT_MET -> PollOutcome.NO_QUORUM;
        };
        List<Line> lines = IntStream.range(0, answers.size())
                .mapToObj(i -> new Line(answers.get(i), totals[i].toPlainString(), null, false)).toList();
        ThresholdLine line = new ThresholdLine(unscale(threshold.required(), weighted),
                unscale(threshold.supporting(), weighted), unscale(threshold.base(), weighted), threshold.met());
        return new Count(outcome, List.of(), new PollResult(electorate, tally.ballots(), weighted, lines, quorum, line,
                List.of(), List.of(), reasons, List.of()));
    }

    /** Single choice, approval and meeting time: the {@code seats} options with the most votes; a tie at the edge ties. */
    static Count selections(Poll poll, BallotTally tally, Map<Optional<UUID>, Long> roll, long electorate) {
        boolean weighted = poll.weighting() == Weighting.CHAPTER_WEIGHTED;
        BigDecimal[] totals = tally.totals(roll, weighted);
        int n = poll.options().size();
        boolean meeting = poll.type() == PollType.MEETING_TIME;
        BigDecimal[] score = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            score[i] = meeting ? totals[i].add(totals[n + i]) : totals[i];
        }
        Comparator<Integer> best = Comparator.comparing((Integer i) -> score[i]).reversed();
        if (meeting) {
            best = best.thenComparing(Comparator.comparing((Integer i) -> totals[i]).reversed());
        }
        List<Integer> order = new ArrayList<>(IntStream.range(0, n).boxed().sorted(best).toList());
        QuorumLine quorum = quorum(poll.quorum(), electorate, tally.ballots());
        PollOutcome outcome;
        List<String> winners = new ArrayList<>();
        int seats = Math.min(poll.seats(), n);
        if (!quorum.met() || tally.ballots() == 0) {
            outcome = PollOutcome.NO_QUORUM;
        } else if (seats < n && best.compare(order.get(seats - 1), order.get(seats)) == 0) {
            outcome = PollOutcome.TIED;
        } else {
            outcome = PollOutcome.DECIDED;
            order.subList(0, seats).forEach(i -> winners.add(poll.options().get(i)));
        }
        List<Line> lines = IntStream.range(0, n).mapToObj(i -> new Line(poll.options().get(i), totals[i].toPlainString(),
                meeting ? totals[n + i].toPlainString() : null, winners.contains(poll.options().get(i)))).toList();
        return new Count(outcome, winners, new PollResult(electorate, tally.ballots(), weighted, lines, quorum, null,
                List.of(), List.of(), List.of(), List.of()));
    }

    /** The quorum as {@code decisions.counting} defines it: every ballot counts, a fraction rounds up. */
    static QuorumLine quorum(Quorum quorum, long electorate, long turnout) {
        long required = quorum.fractionOfElectorate() == null ? quorum.minimumBallots()
                : Math.floorDiv(Math.multiplyExact(electorate, quorum.fractionOfElectorate().numerator())
                        + quorum.fractionOfElectorate().denominator() - 1, quorum.fractionOfElectorate().denominator());
        return new QuorumLine(required, turnout, turnout >= required);
    }

    private static long[] scaled(BigDecimal[] values) {
        return java.util.Arrays.stream(values).mapToLong(v -> v.movePointRight(3).longValue()).toArray();
    }

    private static String unscale(long value, boolean weighted) {
        return weighted ? BigDecimal.valueOf(value).movePointLeft(3).toPlainString() : String.valueOf(value);
    }
}
