package org.iops.decisions.results;

import java.util.ArrayList;
import java.util.List;
import org.iops.decisions.counting.Explanation;
import org.iops.decisions.counting.methods.PairwiseTable;
import org.iops.decisions.counting.methods.SchulzeResult;

/**
 * A Schulze count as {@code decisions/pairwise.jte} shows it: the ranking, the pairwise preferences d[X,Y] (ballots
 * ranking the row's option above the column's) with each pair's winner marked, and the strongest paths p[X,Y], so
 * that anyone can check the ranking by hand.
 *
 * @param options        options in listing order (rows and columns of both tables)
 * @param pairwise       d: one row per option
 * @param strongestPaths p: one row per option
 * @param ranking        places, best first; options in one place are tied
 * @param winners        options elected
 * @param cast           ballots cast
 * @param blank          blank ballots among them
 * @param summary        the result in sentences
 */
public record PairwiseView(List<String> options, List<Row> pairwise, List<Row> strongestPaths,
        List<List<String>> ranking, List<String> winners, long cast, long blank, List<Explanation> summary) {

    public PairwiseView {
        options = List.copyOf(options);
        pairwise = List.copyOf(pairwise);
        strongestPaths = List.copyOf(strongestPaths);
        ranking = ranking.stream().map(List::copyOf).toList();
        winners = List.copyOf(winners);
        summary = List.copyOf(summary);
    }

    /** One option's row of a table. */
    public record Row(String option, List<Cell> cells) {

        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * One cell: the row option against the column option.
     *
     * @param versus  the column's option
     * @param value   d[row, column] or p[row, column]
     * @param outcome whether the row option wins that comparison (its value is higher than the reverse one)
     */
    public record Cell(String versus, long value, Outcome outcome) {
    }

    /** How the row's option fares against the column's. */
    public enum Outcome {
        WINS, LOSES, TIES, SAME;

        /** A CSS class and the message key {@code decisions.pairwise.<outcome>} for readers who don't see colour. */
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The view of a Schulze result. */
    public static PairwiseView of(SchulzeResult result) {
        return new PairwiseView(result.options(), rows(result.pairwise()), rows(result.strongestPaths()),
                result.ranking(), result.winners(), result.ballots().cast(), result.ballots().blank(),
                result.summary());
    }

    /** The place (from 1) of an option in the ranking. */
    public int placeOf(String option) {
        for (int i = 0; i < ranking.size(); i++) {
            if (ranking.get(i).contains(option)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static List<Row> rows(PairwiseTable table) {
        List<Row> rows = new ArrayList<>();
        for (String row : table.options()) {
            List<Cell> cells = new ArrayList<>();
            for (String column : table.options()) {
                long value = table.get(row, column);
                long reverse = table.get(column, row);
                Outcome outcome = row.equals(column) ? Outcome.SAME
                        : value > reverse ? Outcome.WINS : value < reverse ? Outcome.LOSES : Outcome.TIES;
                cells.add(new Cell(column, value, outcome));
            }
            rows.add(new Row(row, cells));
        }
        return rows;
    }
}
