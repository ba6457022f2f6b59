package org.iops.decisions.counting.methods;

import java.util.List;
import org.iops.decisions.counting.Explanation;

/**
 * A square table over the options, read as "from row option to column option": for the pairwise
 * preferences d[X,Y] it is the number of ballots ranking X above Y; for the strongest paths
 * p[X,Y] it is the strength of the strongest path from X to Y. The diagonal is 0.
 *
 * @param options the options, in listing order, naming both rows and columns
 * @param values  one row per option, each with one value per option
 */
public record PairwiseTable(List<String> options, List<List<Long>> values) {

    public PairwiseTable {
        options = List.copyOf(options);
        values = values.stream().map(List::copyOf).toList();
    }

    static PairwiseTable of(List<String> options, long[][] values) {
        return new PairwiseTable(options, java.util.Arrays.stream(values)
                .map(row -> java.util.Arrays.stream(row).boxed().toList())
                .toList());
    }

    /** The value from {@code row} to {@code column}, e.g. d[A,B]. */
    public long get(String row, String column) {
        return values.get(indexOf(row)).get(indexOf(column));
    }

    private int indexOf(String option) {
        int index = options.indexOf(option);
        if (index < 0) {
            throw new InvalidCountException(Explanation.of("decisions.error.unknownOption", Explanation.name(option)),
                    "No option '" + option + "' in this table");
        }
        return index;
    }
}
