package org.iops.decisions.counting.rcv;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.iops.decisions.counting.InactiveReason;
import org.iops.decisions.counting.Round;
import org.iops.decisions.counting.RoundAction;
import org.iops.decisions.counting.Tabulation;

/**
 * What a pass recorded round by round (tallies, thresholds, inactive ballots, transfers), and the
 * {@link Tabulation} made of it, listed as RCTab 2.0.1's report lists it.
 */
final class RoundHistory {

    /** Per round: each candidate's tally, null for those not in the round's tally. */
    final List<BigDecimal[]> tallies = new ArrayList<>();
    final List<BigDecimal> thresholds = new ArrayList<>();
    final List<Map<InactiveReason, BigDecimal>> inactive = new ArrayList<>();
    /** Per round: the votes the round's sweep moved (out of the candidates decided the round before). */
    final List<TransferTable> transfers = new ArrayList<>();
    BigDecimal firstRoundActive;

    /** The tabulation of {@code round} rounds recorded here, with the winners and eliminated by round. */
    Tabulation toTabulation(int round, CandidateTable candidates, LinkedHashMap<Integer, Integer> winnerRound,
            LinkedHashMap<Integer, Integer> eliminatedRound, int numberOfWinners) {
        List<Round> rounds = new ArrayList<>();
        for (int r = 1; r <= round; r++) {
            SortedMap<String, BigDecimal> tally = new TreeMap<>();
            BigDecimal[] values = tallies.get(r - 1);
            for (int c = 0; c < values.length; c++) {
                if (values[c] != null) {
                    tally.put(candidates.name(c), values[c]);
                }
            }
            TransferTable next = r < round ? transfers.get(r) : null;
            List<RoundAction> actions = new ArrayList<>();
            addActions(actions, candidates, RoundAction.Type.ELECTED, winnerRound, r, next);
            addActions(actions, candidates, RoundAction.Type.ELIMINATED, eliminatedRound, r, next);
            rounds.add(new Round(r, tally, thresholds.get(r - 1), inactive.get(r - 1), actions));
        }
        List<String> winners = new ArrayList<>();
        for (int r = 1; r <= round; r++) {
            for (int c : candidatesOfRound(candidates, winnerRound, r)) {
                winners.add(candidates.name(c));
            }
        }
        BigDecimal total = firstRoundActive;
        for (BigDecimal v : inactive.get(0).values()) {
            total = total.add(v);
        }
        long undervotes = inactive.get(0).get(InactiveReason.DID_NOT_RANK_ANY_CANDIDATES).longValue();
        return new Tabulation(rounds, winners, numberOfWinners, candidates.size(), total, undervotes);
    }

    private static void addActions(List<RoundAction> actions, CandidateTable candidates, RoundAction.Type type,
            LinkedHashMap<Integer, Integer> byRound, int r, TransferTable next) {
        for (int c : candidatesOfRound(candidates, byRound, r)) {
            Map<String, BigDecimal> moved = new HashMap<>();
            if (next != null) {
                next.from(c).forEach((target, amount) -> moved.put(targetName(candidates, target), amount));
            }
            actions.add(new RoundAction(type, candidates.name(c), new TreeMap<>(moved)));
        }
    }

    private static String targetName(CandidateTable candidates, int target) {
        return switch (target) {
            case TransferTable.EXHAUSTED -> RoundAction.EXHAUSTED;
            case TransferTable.RESIDUAL_SURPLUS -> RoundAction.RESIDUAL_SURPLUS;
            default -> candidates.name(target);
        };
    }

    // RCTab 2.0.1's OutputWriter lists a round's winners (or eliminated) sorted by name, compared as
    // Java strings (v2.0.0 used its HashMap's order).
    private static List<Integer> candidatesOfRound(CandidateTable candidates, LinkedHashMap<Integer, Integer> byRound,
            int r) {
        List<Integer> result = new ArrayList<>();
        byRound.forEach((c, decided) -> {
            if (decided == r) {
                result.add(c);
            }
        });
        result.sort(Comparator.comparing(candidates::name));
        return result;
    }
}
