package org.iops.decisions.counting.rcv;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.iops.decisions.counting.BallotBox;
import org.iops.decisions.counting.ContestRules;
import org.iops.decisions.counting.CountingException;
import org.iops.decisions.counting.Explanation;
import org.iops.decisions.counting.InactiveReason;
import org.iops.decisions.counting.Tabulation;
import org.iops.decisions.counting.WinnerElectionMode;

/**
 * One tabulation pass, following RCTab's Tabulator step for step: each round reassigns the ballots
 * whose candidate is no longer continuing, computes the threshold, then either elects (and, in
 * multi-winner modes, transfers surpluses fractionally) or eliminates.
 *
 * <p>Ballots are handled by a {@link BallotSweep}; decisions about candidates use the same
 * collections as RCTab where their iteration order shows in the result.
 */
final class PassTabulator {

    private static final InactiveReason[] REASONS = InactiveReason.values();

    private final ContestRules rules;
    private final int numberOfWinners;
    private final CandidateTable candidates;
    private final boolean[] excluded;
    private final TieBreaker tieBreaker;
    private final boolean usesSurpluses;
    private final WinnerElectionMode mode;

    // candidate state, as RCTab's maps (their iteration order matters for the report)
    private final LinkedHashMap<Integer, Integer> winnerRound = new LinkedHashMap<>();
    private final LinkedHashMap<Integer, Integer> eliminatedRound = new LinkedHashMap<>();

    private final BallotSweep ballots;

    private final RoundHistory history = new RoundHistory();
    private final Elimination elimination;
    private int round;

    PassTabulator(ContestRules rules, int numberOfWinners, Set<Integer> alsoExcluded,
            BallotBox box, CandidateTable candidates) {
        this.rules = rules;
        this.numberOfWinners = numberOfWinners;
        this.candidates = candidates;
        this.mode = rules.winnerElectionMode();
        this.usesSurpluses = numberOfWinners > 1 && mode != WinnerElectionMode.BOTTOMS_UP;
        this.excluded = new boolean[candidates.size()];
        for (int c = 0; c < candidates.size(); c++) {
            excluded[c] = candidates.excludedInConfig(c) || alsoExcluded.contains(c);
        }
        this.tieBreaker = new TieBreaker(rules.tiebreakMode(), rules.randomSeed(), candidates.configOrder(),
                (r, name) -> {
                    BigDecimal votes = history.tallies.get(r - 1)[candidates.indexOf(name)];
                    return votes == null ? BigDecimal.ZERO : votes;
                });
        this.ballots = new BallotSweep(rules, box, candidates, usesSurpluses);
        this.elimination = new Elimination(rules, candidates);
    }

    Tabulation run() {
        while (shouldContinue()) {
            round++;
            TransferTable roundTransfers = new TransferTable(candidates.size(), rules.decimalPlacesForVoteArithmetic());
            history.transfers.add(roundTransfers);
            boolean[] continuing = new boolean[candidates.size()];
            for (int c = 0; c < continuing.length; c++) {
                continuing[c] = isContinuing(c);
            }
            boolean allSeatsFilled = usesSurpluses && winnerRound.size() == numberOfWinners;
            RoundAccumulator sums = ballots.sweep(continuing, allSeatsFilled, roundTransfers);
            BigDecimal[] tally = new BigDecimal[candidates.size()];
            List<Integer> inTally = candidates.hashOrder(this::isContinuing);
            for (int c : inTally) {
                tally[c] = sums.candidateTotal(c);
            }
            history.tallies.add(tally);
            Map<InactiveReason, BigDecimal> inactiveNow = new EnumMap<>(InactiveReason.class);
            for (InactiveReason reason : REASONS) {
                inactiveNow.put(reason, sums.inactiveTotal(reason));
            }
            history.inactive.add(inactiveNow);
            BigDecimal active = sums.activeTotal();
            if (round == 1) {
                history.firstRoundActive = active;
            }
            history.thresholds.add(threshold(active));

            SortedMap<BigDecimal, LinkedList<Integer>> byTally = byTally(tally, inTally);
            List<Integer> winners = identifyWinners(tally, inTally, byTally);
            if (!winners.isEmpty()) {
                winners.forEach(w -> winnerRound.put(w, round));
                if (usesSurpluses) {
                    winners.forEach(w -> transferSurplus(w, tally[w]));
                }
            } else if (winnerRound.size() < numberOfWinners
                    || (rules.continueUntilTwoCandidatesRemain() && eliminatedRound.size() < numCandidates() - 2)
                    || mode == WinnerElectionMode.BOTTOMS_UP_USING_PERCENTAGE_THRESHOLD) {
                elimination.losers(tally, byTally, round, history.thresholds.get(round - 1), eliminatedRound.size(),
                        numCandidates(), tied -> breakTie(false, tied))
                        .forEach(loser -> eliminatedRound.put(loser, round));
            }
            if (numberOfWinners > 1) {
                updateWinnerTallies(tally);
            }
        }
        if (round == 0) {
            // e.g. a multi-pass IRV pass continuing until two with fewer than two candidates left;
            // RCTab 2.0.1 fails there with a null pointer
            throw new CountingException(Explanation.of("decisions.error.cannotProceed", Explanation.count(round)),
                    "Tabulation can't proceed: too few continuing candidates to count a round");
        }
        return history.toTabulation(round, candidates, winnerRound, eliminatedRound, numberOfWinners);
    }

    // ---- candidate status (RCTab's getCandidateStatus / isCandidateContinuing)

    private boolean isContinuing(int c) {
        if (excluded[c]) {
            return false;
        }
        if (winnerRound.containsKey(c)) {
            return rules.continueUntilTwoCandidatesRemain();
        }
        return !eliminatedRound.containsKey(c);
    }

    private int numCandidates() {
        int count = 0;
        for (int c = 0; c < candidates.size(); c++) {
            if (!excluded[c]) {
                count++;
            }
        }
        return count;
    }

    private boolean shouldContinue() {
        Integer stopAfter = rules.stopTabulationEarlyAfterRound();
        int winners = winnerRound.size();
        if (stopAfter != null && round >= stopAfter) {
            return false;
        }
        if (winners == candidates.declaredCount() && numberOfWinners > numCandidates()) {
            return false;
        }
        if (rules.continueUntilTwoCandidatesRemain()) {
            return eliminatedRound.size() + winners + 1 < numCandidates() || eliminatedRound.containsValue(round);
        }
        if (mode == WinnerElectionMode.BOTTOMS_UP_USING_PERCENTAGE_THRESHOLD) {
            return winners == 0;
        }
        return winners < numberOfWinners || (usesSurpluses && winnerRound.containsValue(round));
    }

    // ---- threshold

    private BigDecimal threshold(BigDecimal activeVotes) {
        // RCTab's shouldRecomputeThreshold: multi-seat thresholds come from round 1; single-seat ones
        // every round, unless the first round decides, or continuing until two once someone has won
        boolean recompute = round == 1 || numberOfWinners <= 1 && !rules.firstRoundDeterminesThreshold()
                && !(rules.continueUntilTwoCandidatesRemain() && !winnerRound.isEmpty());
        if (!recompute) {
            return history.thresholds.get(round - 2);
        }
        BigDecimal threshold;
        if (mode == WinnerElectionMode.BOTTOMS_UP_USING_PERCENTAGE_THRESHOLD) {
            threshold = activeVotes.multiply(rules.bottomsUpShare());
        } else {
            BigDecimal divisor = new BigDecimal(rules.hareQuota() ? numberOfWinners : numberOfWinners + 1);
            int decimals = rules.nonIntegerWinningThreshold() ? rules.decimalPlacesForVoteArithmetic() : 0;
            if (rules.hareQuota()) {
                threshold = activeVotes.divide(divisor, decimals, RoundingMode.UP);
            } else {
                BigDecimal smallestUnit = BigDecimal.ONE.divide(BigDecimal.TEN.pow(decimals));
                threshold = activeVotes.divide(divisor, decimals, RoundingMode.DOWN).add(smallestUnit);
            }
        }
        BigDecimal minimum = rules.minimumVoteThreshold();
        if (minimum.signum() == 1 && minimum.compareTo(threshold) > 0) {
            threshold = minimum;
        }
        return threshold;
    }

    // ---- winners

    private static SortedMap<BigDecimal, LinkedList<Integer>> byTally(BigDecimal[] tally, List<Integer> inTally) {
        SortedMap<BigDecimal, LinkedList<Integer>> byTally = new TreeMap<>();
        for (int c : inTally) {
            byTally.computeIfAbsent(tally[c], k -> new LinkedList<>()).add(c);
        }
        return byTally;
    }

    private List<Integer> identifyWinners(BigDecimal[] tally, List<Integer> inTally,
            SortedMap<BigDecimal, LinkedList<Integer>> byTally) {
        int uwi = candidates.undeclaredWriteIn();
        if (uwi >= 0 && tally[uwi] != null && tally[uwi].signum() != 0) {
            return List.of();
        }
        BigDecimal threshold = history.thresholds.get(round - 1);
        List<Integer> selected = new ArrayList<>();
        if (mode == WinnerElectionMode.BOTTOMS_UP_USING_PERCENTAGE_THRESHOLD) {
            long above = inTally.stream().filter(c -> tally[c].compareTo(threshold) > 0).count();
            if (above == inTally.size()) {
                selected.addAll(inTally);
            }
            return selected;
        }
        int seatsUnfilled = numberOfWinners - winnerRound.size();
        if (seatsUnfilled > 0) {
            if (inTally.size() <= seatsUnfilled) {
                selected.addAll(inTally);
            } else if (rules.firstRoundDeterminesThreshold() && inTally.size() - 1 == numberOfWinners) {
                selected = new ArrayList<>(byTally.get(byTally.lastKey()));
            } else if (mode != WinnerElectionMode.BOTTOMS_UP) {
                for (Map.Entry<BigDecimal, LinkedList<Integer>> entry : byTally.entrySet()) {
                    if (entry.getKey().compareTo(threshold) >= 0) {
                        entry.getValue().stream().filter(c -> c != uwi).forEach(selected::add);
                    }
                }
            }
        }
        boolean tooManyWinners = selected.size() > 1
                && (mode == WinnerElectionMode.MULTI_WINNER_ALLOW_ONLY_ONE_WINNER_PER_ROUND
                        || rules.firstRoundDeterminesThreshold());
        boolean noWinnerBetweenLastTwo = numberOfWinners == 1 && selected.isEmpty() && inTally.size() == 2
                && seatsUnfilled == 1
                && byTally.keySet().stream().allMatch(x -> x.compareTo(rules.minimumVoteThreshold()) >= 0);
        if (tooManyWinners || noWinnerBetweenLastTwo) {
            selected = new ArrayList<>(byTally.get(byTally.lastKey()));
            if (selected.size() > 1) {
                selected = List.of(breakTie(true, selected));
            }
        }
        return selected;
    }

    private int breakTie(boolean selectingWinner, List<Integer> tied) {
        List<String> names = tied.stream().map(candidates::name).toList();
        String chosen = tieBreaker.select(selectingWinner, names, round);
        if (chosen == null) {
            throw new CountingException(Explanation.of("decisions.error.tieUnbroken", Explanation.names(names)),
                    "The tie-break could not choose among " + names);
        }
        return candidates.indexOf(chosen);
    }

    private void transferSurplus(int winner, BigDecimal votes) {
        BigDecimal extra = votes.subtract(history.thresholds.get(round - 1));
        BigDecimal surplusFraction = extra.signum() == 1 ? rules.divide(extra, votes) : BigDecimal.ZERO;
        ballots.keepForWinner(winner, surplusFraction);
    }

    private void updateWinnerTallies(BigDecimal[] tally) {
        BigDecimal[] previous = round > 1 ? history.tallies.get(round - 2) : null;
        Set<Integer> justComputed = new HashSet<>();
        for (Map.Entry<Integer, Integer> entry : winnerRound.entrySet()) {
            int winner = entry.getKey();
            if (entry.getValue() == round) {
                continue;
            }
            if (entry.getValue() == round - 1) {
                justComputed.add(winner);
                tally[winner] = BigDecimal.ZERO;
            } else {
                tally[winner] = previous[winner];
            }
        }
        if (justComputed.isEmpty()) {
            return;
        }
        boolean[] justElected = new boolean[tally.length];
        justComputed.forEach(w -> justElected[w] = true);
        ballots.addKeptValues(justElected, tally);
        BigDecimal threshold = history.thresholds.get(round - 1);
        for (int winner : justComputed) {
            BigDecimal residual = tally[winner].subtract(threshold);
            if (residual.signum() == 1) {
                tally[winner] = threshold;
                history.transfers.get(round - 1).add(winner, TransferTable.RESIDUAL_SURPLUS, ValueSums.BIG, residual);
            }
        }
    }
}
