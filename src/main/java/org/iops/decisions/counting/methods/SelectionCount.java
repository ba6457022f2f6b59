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
import java.util.stream.Collectors;

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
            throw new InvalidBallotException(number, "is missing");
        }
        List<String> marked = ballot.marked();
        if (marked.size() > maxMarks) {
            throw new InvalidBallotException(number, "marks " + marked.size() + " options " + marked
                    + " but " + method + " allows " + maxMarks);
        }
        Set<String> seen = new HashSet<>();
        for (String option : marked) {
            if (option == null) {
                throw new InvalidBallotException(number, "has an empty mark");
            }
            if (!options.contains(option)) {
                throw new InvalidBallotException(number, "marks '" + option + "', which is not an option of this poll");
            }
            if (!seen.add(option)) {
                throw new InvalidBallotException(number, "marks '" + option + "' twice");
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

    private static String summary(String method, SeatRules rules, List<OptionTally> tallies,
            SeatAllocation seats, BallotTotals totals) {
        String counts = tallies.stream()
                .map(tally -> tally.option() + " " + tally.votes())
                .collect(Collectors.joining(", "));
        return Character.toUpperCase(method.charAt(0)) + method.substring(1)
                + ", " + rules.seats() + (rules.seats() == 1 ? " seat: " : " seats: ") + counts + ". "
                + SeatText.elected(seats.winners(), seats.tie().stream().toList()) + ". "
                + SeatText.ballots(totals);
    }
}
