package org.iops.decisions.counting.rcv;

import java.math.BigDecimal;
import java.util.Arrays;
import org.iops.decisions.counting.BallotBox;
import org.iops.decisions.counting.ContestRules;
import org.iops.decisions.counting.CountingException;
import org.iops.decisions.counting.Explanation;
import org.iops.decisions.counting.InactiveReason;
import org.iops.decisions.counting.OvervoteRule;

/**
 * The ballots of one tabulation pass and where each stands: counting for a candidate, or inactive
 * for a reason, and (in multi-winner counts) what share of it earlier winners keep. A sweep visits
 * every ballot once per round and moves those whose candidate is no longer continuing, walking
 * their rankings from the top exactly as RCTab's {@code computeTalliesForRound} does. A weighted
 * ballot ({@link BallotBox#weight}) moves as one and adds its value that many times to every sum.
 */
final class BallotSweep {

    private static final byte ACTIVE = -1;
    private static final int MAX_LONG_DECIMALS = 9;
    private static final InactiveReason[] REASONS = InactiveReason.values();

    private final ContestRules rules;
    private final BallotBox box;
    private final CandidateTable candidates;
    private final byte[] status;
    private final int[] recipient;
    // remaining value of each ballot, null meaning exactly one (only kept when surpluses move)
    private final BigDecimal[] value;
    // the same values as units of the last decimal place, when they fit comfortably in a long
    private final long[] valueUnits;
    private final Allocation[] allocations;
    private final int decimals;
    private final int[] seenStamp;
    private int walk;
    private boolean[] continuing;
    private TransferTable transfers;

    BallotSweep(ContestRules rules, BallotBox box, CandidateTable candidates, boolean withSurpluses) {
        this.rules = rules;
        this.box = box;
        this.candidates = candidates;
        int ballots = box.size();
        status = new byte[ballots];
        Arrays.fill(status, ACTIVE);
        recipient = new int[ballots];
        Arrays.fill(recipient, -1);
        decimals = rules.decimalPlacesForVoteArithmetic();
        value = withSurpluses ? new BigDecimal[ballots] : null;
        // a value is at most 1 and there are fewer than 2^31 ballots: sums of units fit in a long
        valueUnits = withSurpluses && decimals <= MAX_LONG_DECIMALS ? new long[ballots] : null;
        allocations = withSurpluses ? new Allocation[ballots] : null;
        seenStamp = new int[box.choiceCount()];
    }

    /**
     * Counts every ballot for this round, moving those whose candidate is not in {@code
     * continuingCandidates}; moves are recorded in {@code roundTransfers}. When {@code
     * allSeatsFilled}, ballots to move leave the count as final-round surplus.
     */
    RoundAccumulator sweep(boolean[] continuingCandidates, boolean allSeatsFilled, TransferTable roundTransfers) {
        this.continuing = continuingCandidates;
        this.transfers = roundTransfers;
        RoundAccumulator sums = new RoundAccumulator(candidates.size(), decimals);
        for (int b = 0; b < status.length; b++) {
            BigDecimal big = value == null ? null : value[b];
            long v = big == null ? ValueSums.ONE : valueUnits != null ? valueUnits[b] : ValueSums.BIG;
            int w = box.weight(b);
            if (status[b] != ACTIVE) {
                sums.addInactive(REASONS[status[b]], v, big, w);
                continue;
            }
            int current = recipient[b];
            if (current >= 0 && continuing[current]) {
                sums.addToCandidate(current, v, big, w);
                continue;
            }
            reassign(b, v, big, sums, allSeatsFilled);
        }
        return sums;
    }

    /**
     * Elects {@code winner} on the ballots counting for them: each keeps for the winner its value
     * less the transferred share {@code surplusFraction}, cut to the configured decimals.
     */
    void keepForWinner(int winner, BigDecimal surplusFraction) {
        if (valueUnits != null) {
            keepForWinnerInUnits(winner, surplusFraction.setScale(decimals).unscaledValue().longValueExact());
            return;
        }
        for (int b = 0; b < recipient.length; b++) {
            if (recipient[b] == winner) {
                BigDecimal current = value[b] == null ? BigDecimal.ONE : value[b];
                BigDecimal kept = current.subtract(rules.multiply(current, surplusFraction));
                allocations[b] = new Allocation(winner, kept, ValueSums.BIG, allocations[b]);
                value[b] = current.subtract(kept);
            }
        }
    }

    // The same arithmetic in units of the last decimal place: the transferred share is the exact
    // product cut down to the configured decimals, what is kept is the rest; both have exactly those
    // decimals, as RCTab's BigDecimals do.
    private void keepForWinnerInUnits(int winner, long surplusUnits) {
        long one = BigDecimal.ONE.movePointRight(decimals).longValueExact();
        for (int b = 0; b < recipient.length; b++) {
            if (recipient[b] == winner) {
                long current = value[b] == null ? one : valueUnits[b];
                long transferred = current * surplusUnits / one;
                long kept = current - transferred;
                allocations[b] = new Allocation(winner, BigDecimal.valueOf(kept, decimals), kept, allocations[b]);
                value[b] = BigDecimal.valueOf(transferred, decimals);
                valueUnits[b] = transferred;
            }
        }
    }

    /** Adds to {@code tally} the value all ballots keep for each winner marked in {@code winners}. */
    void addKeptValues(boolean[] winners, BigDecimal[] tally) {
        ValueSums kept = new ValueSums(tally.length, decimals);
        for (int b = 0; b < allocations.length; b++) {
            for (Allocation a = allocations[b]; a != null; a = a.next) {
                if (winners[a.winner]) {
                    kept.add(a.winner, a.units, a.value, box.weight(b));
                }
            }
        }
        for (int winner = 0; winner < winners.length; winner++) {
            if (winners[winner] && !kept.isEmpty(winner)) {
                tally[winner] = tally[winner].add(kept.total(winner));
            }
        }
    }

    private void reassign(int b, long v, BigDecimal big, RoundAccumulator sums, boolean allSeatsFilled) {
        int start = box.firstMark(b);
        int end = box.endMark(b);
        if (start == end) {
            record(b, v, big, -1, InactiveReason.DID_NOT_RANK_ANY_CANDIDATES, sums);
            return;
        }
        int maxRank = box.rankOfMark(end - 1);
        int lastRankSeen = 0;
        Integer maxSkipped = rules.maxSkippedRanksAllowed();
        walk++;
        int i = start;
        while (i < end) {
            int rank = box.rankOfMark(i);
            int next = i + 1;
            while (next < end && box.rankOfMark(next) == rank) {
                next++;
            }
            if (allSeatsFilled) {
                record(b, v, big, -1, InactiveReason.FINAL_ROUND_SURPLUS, sums);
                return;
            }
            if (maxSkipped != null && rank - lastRankSeen > maxSkipped + 1) {
                record(b, v, big, -1, InactiveReason.SKIPPED_RANKING, sums);
                return;
            }
            lastRankSeen = rank;
            if (rules.exhaustOnDuplicateCandidate() && repeatsAChoice(i, next)) {
                record(b, v, big, -1, InactiveReason.REPEATED_RANKING, sums);
                return;
            }
            Overvote decision = overvoteDecision(i, next);
            if (decision == Overvote.EXHAUST) {
                record(b, v, big, -1, InactiveReason.OVERVOTE, sums);
                return;
            }
            if (decision == Overvote.SKIP) {
                if (rank == maxRank) {
                    record(b, v, big, -1, InactiveReason.EXHAUSTED_CHOICES, sums);
                }
                i = next;
                continue;
            }
            for (int m = i; m < next; m++) {
                int c = candidates.choiceCandidate(box.choiceOfMark(m));
                if (c >= 0 && continuing[c]) {
                    record(b, v, big, c, null, sums);
                    sums.addToCandidate(c, v, big, box.weight(b));
                    return;
                }
            }
            if (rank == maxRank) {
                record(b, v, big, -1, InactiveReason.EXHAUSTED_CHOICES, sums);
            }
            i = next;
        }
    }

    private boolean repeatsAChoice(int from, int to) {
        for (int m = from; m < to; m++) {
            int choice = box.choiceOfMark(m);
            if (seenStamp[choice] == walk) {
                return true;
            }
            seenStamp[choice] = walk;
        }
        return false;
    }

    private enum Overvote { NONE, EXHAUST, SKIP }

    private Overvote overvoteDecision(int from, int to) {
        OvervoteRule rule = rules.overvoteRule();
        for (int m = from; m < to; m++) {
            if (candidates.choiceCandidate(box.choiceOfMark(m)) == CandidateTable.EXPLICIT_OVERVOTE) {
                if (to - from != 1) {
                    throw new CountingException(Explanation.of("decisions.error.overvoteMixed"),
                            "A ballot has other candidates at the rank of an explicit overvote");
                }
                if (rule == OvervoteRule.EXHAUST_IF_MULTIPLE_CONTINUING) {
                    throw new CountingException("overvoteRule exhaustIfMultipleContinuing can't be used when "
                            + "ballots carry an explicit overvote label");
                }
                return rule == OvervoteRule.EXHAUST_IMMEDIATELY ? Overvote.EXHAUST : Overvote.SKIP;
            }
        }
        if (to - from <= 1) {
            return Overvote.NONE;
        }
        if (rule == OvervoteRule.EXHAUST_IMMEDIATELY) {
            return Overvote.EXHAUST;
        }
        if (rule == OvervoteRule.ALWAYS_SKIP_TO_NEXT_RANK) {
            return Overvote.SKIP;
        }
        boolean oneContinuing = false;
        for (int m = from; m < to; m++) {
            if (isChoiceContinuing(box.choiceOfMark(m))) {
                if (oneContinuing) {
                    return Overvote.EXHAUST;
                }
                oneContinuing = true;
            }
        }
        return Overvote.NONE;
    }

    /** Moves ballot {@code b} to {@code selected} (-1: inactive for {@code reason}). */
    private void record(int b, long v, BigDecimal big, int selected, InactiveReason reason, RoundAccumulator sums) {
        int from = recipient[b];
        if (from >= 0 && ValueSums.isPositive(v, big)) {
            transfers.add(from, selected >= 0 ? selected : TransferTable.EXHAUSTED, v, big, box.weight(b));
        }
        recipient[b] = selected;
        if (selected < 0) {
            status[b] = (byte) reason.ordinal();
            sums.addInactive(reason, v, big, box.weight(b));
        }
    }

    // RCTab looks the status up by the raw string on the ballot: an alias is found in no map and so
    // always counts as continuing here.
    private boolean isChoiceContinuing(int choice) {
        int c = candidates.choiceCandidate(choice);
        if (c == CandidateTable.EXPLICIT_OVERVOTE) {
            return false;
        }
        return !candidates.choiceIsName(choice) || continuing[c];
    }

    /** Share of a ballot kept by a winner (also as units, see {@link ValueSums}); newest first. */
    private record Allocation(int winner, BigDecimal value, long units, Allocation next) {}
}
