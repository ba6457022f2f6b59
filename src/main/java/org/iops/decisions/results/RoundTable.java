package org.iops.decisions.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.iops.decisions.counting.CountResult;
import org.iops.decisions.counting.Explanation;
import org.iops.decisions.counting.InactiveReason;
import org.iops.decisions.counting.Round;
import org.iops.decisions.counting.RoundAction;
import org.iops.decisions.counting.Tabulation;
import org.iops.decisions.results.RoundsView.CandidateLine;
import org.iops.decisions.results.RoundsView.InactiveLine;
import org.iops.decisions.results.RoundsView.Pass;
import org.iops.decisions.results.RoundsView.Status;

/**
 * Turns the engine's rounds into {@link RoundsView} lines. The engine records a round's transfers with the
 * candidate elected or eliminated in it (they move at the start of the next round, as in RCTab's report); the view
 * shows them in the round they arrive in, as votes transferred in and out.
 */
final class RoundTable {

    private RoundTable() {
    }

    static List<Pass> passes(CountResult result) {
        List<Pass> passes = new ArrayList<>();
        for (int i = 0; i < result.passes().size(); i++) {
            passes.add(pass(i + 1, result.passes().get(i)));
        }
        return passes;
    }

    private static Pass pass(int number, Tabulation tabulation) {
        List<String> candidates = order(tabulation);
        Set<InactiveReason> reasons = EnumSet.noneOf(InactiveReason.class);
        tabulation.rounds().forEach(round -> round.inactiveBallots().forEach((reason, votes) -> {
            if (votes.signum() != 0) {
                reasons.add(reason);
            }
        }));
        Map<String, Integer> elected = decided(tabulation, RoundAction.Type.ELECTED);
        Map<String, Integer> eliminated = decided(tabulation, RoundAction.Type.ELIMINATED);
        List<RoundsView.Round> rounds = new ArrayList<>();
        Round previous = null;
        for (Round round : tabulation.rounds()) {
            rounds.add(round(round, previous, candidates, reasons, elected, eliminated));
            previous = round;
        }
        return new Pass(number, tabulation.numberOfWinners(), candidates, rounds, tabulation.winners(),
                tabulation.totalBallots(), RoundChart.of(rounds));
    }

    private static RoundsView.Round round(Round round, Round previous, List<String> candidates,
            Set<InactiveReason> reasons, Map<String, Integer> elected, Map<String, Integer> eliminated) {
        Map<String, BigDecimal> in = new HashMap<>();
        Map<String, BigDecimal> out = new HashMap<>();
        if (previous != null) {
            for (RoundAction action : previous.actions()) {
                action.transfers().forEach((target, votes) -> {
                    in.merge(target, votes, BigDecimal::add);
                    out.merge(action.candidate(), votes, BigDecimal::add);
                });
            }
        }
        List<CandidateLine> lines = new ArrayList<>();
        for (String name : candidates) {
            BigDecimal votes = round.tally().get(name);
            BigDecimal before = previous == null ? null : previous.tally().get(name);
            BigDecimal change = previous == null ? BigDecimal.ZERO : orZero(votes).subtract(orZero(before));
            lines.add(new CandidateLine(name, votes, change, orZero(in.get(name)), orZero(out.get(name)),
                    status(name, round.number(), elected, eliminated)));
        }
        List<InactiveLine> inactive = new ArrayList<>();
        for (InactiveReason reason : reasons) {
            BigDecimal votes = orZero(round.inactiveBallots().get(reason));
            BigDecimal before = previous == null ? votes : orZero(previous.inactiveBallots().get(reason));
            inactive.add(new InactiveLine(reason, votes, votes.subtract(before)));
        }
        return new RoundsView.Round(round.number(), round.threshold(), lines, inactive, round.totalInactive(),
                round.totalVotes(), events(round, elected));
    }

    /** Why each candidate decided in this round was elected or eliminated, as far as the round's figures tell. */
    private static List<Explanation> events(Round round, Map<String, Integer> elected) {
        List<Explanation> events = new ArrayList<>();
        List<String> out = new ArrayList<>();
        for (RoundAction action : round.actions()) {
            BigDecimal votes = round.tally().get(action.candidate());
            if (action.type() == RoundAction.Type.ELECTED) {
                boolean reached = votes.compareTo(round.threshold()) >= 0;
                events.add(Explanation.of(reached ? "decisions.rounds.electedThreshold" : "decisions.rounds.electedRemaining",
                        Explanation.name(action.candidate()), Explanation.votes(votes),
                        Explanation.votes(round.threshold())));
                BigDecimal surplus = action.transfers().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                if (surplus.signum() > 0) {
                    events.add(Explanation.of("decisions.rounds.surplus", Explanation.name(action.candidate()),
                            Explanation.votes(surplus)));
                }
            } else {
                out.add(action.candidate());
            }
        }
        if (out.size() > 1) {
            events.add(Explanation.of("decisions.rounds.eliminatedTogether", Explanation.names(out),
                    Explanation.count(out.size())));
        } else if (out.size() == 1) {
            String loser = out.get(0);
            BigDecimal votes = round.tally().get(loser);
            long fewerOrEqual = round.tally().entrySet().stream()
                    .filter(entry -> !elected.containsKey(entry.getKey()) || elected.get(entry.getKey()) > round.number())
                    .filter(entry -> entry.getValue().compareTo(votes) <= 0).count();
            boolean lowest = round.tally().entrySet().stream()
                    .filter(entry -> !elected.containsKey(entry.getKey()) || elected.get(entry.getKey()) > round.number())
                    .noneMatch(entry -> entry.getValue().compareTo(votes) < 0);
            String key = !lowest ? "decisions.rounds.eliminatedRule"
                    : fewerOrEqual > 1 ? "decisions.rounds.eliminatedTie" : "decisions.rounds.eliminatedFewest";
            events.add(Explanation.of(key, Explanation.name(loser), Explanation.votes(votes)));
        }
        return events;
    }

    private static Status status(String name, int round, Map<String, Integer> elected, Map<String, Integer> eliminated) {
        Integer won = elected.get(name);
        if (won != null && won <= round) {
            return won == round ? Status.ELECTED : Status.ELECTED_BEFORE;
        }
        Integer lost = eliminated.get(name);
        if (lost != null && lost <= round) {
            return lost == round ? Status.ELIMINATED : Status.ELIMINATED_BEFORE;
        }
        return Status.CONTINUING;
    }

    private static Map<String, Integer> decided(Tabulation tabulation, RoundAction.Type type) {
        Map<String, Integer> decided = new HashMap<>();
        for (Round round : tabulation.rounds()) {
            round.actions().stream().filter(action -> action.type() == type)
                    .forEach(action -> decided.putIfAbsent(action.candidate(), round.number()));
        }
        return decided;
    }

    /** Winners in order of election, then the others by the last round they were counted in and their votes then. */
    private static List<String> order(Tabulation tabulation) {
        Map<String, Integer> lastRound = new HashMap<>();
        Map<String, BigDecimal> lastVotes = new HashMap<>();
        for (Round round : tabulation.rounds()) {
            round.tally().forEach((name, votes) -> {
                lastRound.put(name, round.number());
                lastVotes.put(name, votes);
            });
        }
        Set<String> ordered = new LinkedHashSet<>(tabulation.winners());
        lastRound.keySet().stream()
                .sorted(Comparator.comparing((String name) -> lastRound.get(name)).reversed()
                        .thenComparing(lastVotes::get, Comparator.reverseOrder())
                        .thenComparing(Comparator.naturalOrder()))
                .forEach(ordered::add);
        return List.copyOf(ordered);
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
