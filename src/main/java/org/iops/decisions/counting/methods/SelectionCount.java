package org.iops.decisions.counting.methods;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.iops.decisions.counting.Explanation;

/** The count shared by plurality and approval; they differ only in how many marks a ballot may carry. */
final class SelectionCount {

    private SelectionCount() {
    }

    static SeatResult count(String method, int maxMarks, SeatRules rules, List<SelectionBallot> ballots) {
        Objects.requireNonNull(ballots, "ballots");
        Map<String, Long> votes = new LinkedHashMap<>();
        rules.options().forEach(option -> votes.put(option, 0L));
        long blank = 0;
        for (int i = 0; i < ballots.size(); i++) {
            List<String> marked = validMarks(i + 1, ballots.get(i), votes.keySet(), maxMarks, method);
            if (marked.isEmpty()) {
                blank++;
            }
            marked.forEach(option -> votes.merge(option, 1L, Long::sum));
        }
        List<OptionTally> tallies = votes.entrySet().stream()
                .map(entry -> new OptionTally(entry.getKey(), entry.getValue()))
                .toList();
        List<List<String>> ranking = ranking(tallies);
        SeatAllocation seats = SeatAllocation.fill(ranking, rules.seats(), rules.options(), rules.tieBreak());
        BallotTotals totals = BallotTotals.of(ballots.size(), blank);
        int unfilled = rules.seats() - seats.winners().size();
        return new SeatResult(method, tallies, ranking, seats.winners(), unfilled,
                seats.tie().stream().toList(), totals, summary(method, rules, tallies, seats, totals));
    }

    private static List<String> validMarks(
            int number, SelectionBallot ballot, Set<String> options, int maxMarks, String method) {
        if (ballot == null) {
            throw new InvalidBallotException(number, "missing", "is missing");
        }
        List<String> marked = ballot.marked();
        if (marked.size() > maxMarks) {
            throw new InvalidBallotException(number, "tooManyMarks", "marks " + marked.size() + " options " + marked
                    + " but " + method + " allows " + maxMarks, Explanation.count(marked.size()),
                    Explanation.count(maxMarks));
        }
        Set<String> seen = new HashSet<>();
        for (String option : marked) {
            if (option == null) {
                throw new InvalidBallotException(number, "emptyMark", "has an empty mark");
            }
            if (!options.contains(option)) {
                throw new InvalidBallotException(number, "unknownOption",
                        "marks '" + option + "', which is not an option of this poll", Explanation.name(option));
            }
            if (!seen.add(option)) {
                throw new InvalidBallotException(number, "markedTwice", "marks '" + option + "' twice",
                        Explanation.name(option));
            }
        }
        return marked;
    }

    private static List<List<String>> ranking(List<OptionTally> tallies) {
        // Grouping by count keeps tied options in one place, in listing order.
        Map<Long, List<String>> byVotes = new TreeMap<>(Comparator.reverseOrder());
        for (OptionTally tally : tallies) {
            byVotes.computeIfAbsent(tally.votes(), votes -> new ArrayList<>()).add(tally.option());
        }
        return new ArrayList<>(byVotes.values());
    }

    private static List<Explanation> summary(String method, SeatRules rules, List<OptionTally> tallies,
            SeatAllocation seats, BallotTotals totals) {
        List<Explanation> summary = new ArrayList<>();
        summary.add(Explanation.of("decisions.seats.method", Explanation.word("decisions.method", method),
                Explanation.count(rules.seats())));
        tallies.forEach(tally -> summary.add(Explanation.of("decisions.seats.tally", Explanation.name(tally.option()),
                Explanation.count(tally.votes()))));
        summary.addAll(SeatText.elected(seats.winners(), seats.tie().stream().toList()));
        summary.add(SeatText.ballots(totals));
        return summary;
    }
}
