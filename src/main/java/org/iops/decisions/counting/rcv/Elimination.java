package org.iops.decisions.counting.rcv;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.Function;
import org.iops.decisions.counting.ContestRules;
import org.iops.decisions.counting.CountingException;
import org.iops.decisions.counting.Explanation;

/**
 * RCTab 2.0.1's choice of whom a round eliminates when it elects nobody ({@code Tabulator}'s
 * elimination steps, in its order): the undeclared write-in, the minimum vote threshold, cutoff
 * elimination, batch elimination, then the last candidate with its tie-break.
 */
final class Elimination {

    private final ContestRules rules;
    private final CandidateTable candidates;

    Elimination(ContestRules rules, CandidateTable candidates) {
        this.rules = rules;
        this.candidates = candidates;
    }

    /**
     * Who is eliminated in {@code round}, in which nobody was elected: the undeclared write-in if it
     * has votes, else everyone below the minimum vote threshold, else (with cutoffElimination)
     * everyone below the round's winning threshold, else (with batchElimination) a batch, else the
     * last candidate, ties broken by {@code breakTie}.
     */
    List<Integer> losers(BigDecimal[] tally, SortedMap<BigDecimal, LinkedList<Integer>> byTally, int round,
            BigDecimal threshold, int alreadyEliminated, int numCandidates, Function<List<Integer>, Integer> breakTie) {
        if (byTally.isEmpty()) {
            throw new CountingException(Explanation.of("decisions.error.cannotProceed", Explanation.count(round)),
                    "Tabulation can't proceed: no continuing candidate in round " + round);
        }
        int uwi = candidates.undeclaredWriteIn();
        if (uwi >= 0 && tally[uwi] != null && tally[uwi].signum() == 1) {
            return List.of(uwi);
        }
        List<Integer> eliminated = belowMinimum(byTally);
        if (eliminated.size() == candidates.declaredCount()) {
            throw new CountingException(Explanation.of("decisions.error.belowMinimum",
                    Explanation.votes(rules.minimumVoteThreshold())),
                    "Tabulation can't proceed because all declared candidates are below "
                    + "the minimum vote threshold (minimumVoteThreshold " + rules.minimumVoteThreshold() + ")");
        }
        if (eliminated.isEmpty() && rules.cutoffElimination()) {
            eliminated = belowThreshold(byTally, threshold);
        }
        if (eliminated.isEmpty() && rules.batchElimination()) {
            eliminated = batchEliminate(byTally, alreadyEliminated, numCandidates);
        }
        if (eliminated.isEmpty()) {
            BigDecimal lowest = byTally.firstKey();
            List<Integer> last = byTally.get(lowest);
            eliminated = List.of(last.size() > 1 ? breakTie.apply(last) : last.get(0));
        }
        return eliminated;
    }

    private List<Integer> belowMinimum(SortedMap<BigDecimal, LinkedList<Integer>> byTally) {
        List<Integer> eliminated = new ArrayList<>();
        BigDecimal minimum = rules.minimumVoteThreshold();
        if (minimum.signum() == 1 && byTally.firstKey().compareTo(minimum) < 0) {
            for (Map.Entry<BigDecimal, LinkedList<Integer>> entry : byTally.entrySet()) {
                if (entry.getKey().compareTo(minimum) >= 0) {
                    break;
                }
                eliminated.addAll(entry.getValue());
            }
        }
        return eliminated;
    }

    // RCTab 2.0.1's doCutoffElimination: everyone in the round's tally below its winning threshold,
    // the undeclared write-in included (it has no votes here, or it would have been dropped first).
    private static List<Integer> belowThreshold(SortedMap<BigDecimal, LinkedList<Integer>> byTally,
            BigDecimal threshold) {
        List<Integer> eliminated = new ArrayList<>();
        byTally.headMap(threshold).values().forEach(eliminated::addAll);
        return eliminated;
    }

    // Candidates whose combined votes can't reach the next-lowest tally can't all survive: drop
    // them together (only when that is more than one candidate).
    private List<Integer> batchEliminate(SortedMap<BigDecimal, LinkedList<Integer>> byTally, int alreadyEliminated,
            int numCandidates) {
        BigDecimal runningTotal = BigDecimal.ZERO;
        List<Integer> seen = new ArrayList<>();
        List<Integer> eliminations = new ArrayList<>();
        List<Integer> previousEliminations = new ArrayList<>();
        for (Map.Entry<BigDecimal, LinkedList<Integer>> entry : byTally.entrySet()) {
            List<Integer> extended = new ArrayList<>(eliminations);
            if (runningTotal.compareTo(entry.getKey()) < 0) {
                for (int c : seen) {
                    if (!extended.contains(c)) {
                        extended.add(c);
                    }
                }
            }
            runningTotal = runningTotal.add(rules.multiply(entry.getKey(), new BigDecimal(entry.getValue().size())));
            seen.addAll(entry.getValue());
            if (extended.size() > eliminations.size()) {
                previousEliminations = eliminations;
                eliminations = extended;
            }
        }
        if (rules.continueUntilTwoCandidatesRemain()
                && eliminations.size() + alreadyEliminated == numCandidates - 1) {
            eliminations = previousEliminations;
        }
        return eliminations.size() > 1 ? eliminations : List.of();
    }
}
