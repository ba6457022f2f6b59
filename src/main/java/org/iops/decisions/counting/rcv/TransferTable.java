package org.iops.decisions.counting.rcv;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * Vote value moved from each candidate to each target during one round (RCTab's TallyTransfers).
 * Rows are allocated only for candidates that lose ballots, so a round costs little.
 */
final class TransferTable {

    static final int EXHAUSTED = -1;
    static final int RESIDUAL_SURPLUS = -2;
    private static final int OFFSET = 2;

    private final int candidates;
    private final long[][] units;
    private final BigDecimal[][] fractions;

    TransferTable(int candidates) {
        this.candidates = candidates;
        this.units = new long[candidates][];
        this.fractions = new BigDecimal[candidates][];
    }

    /** Records {@code value} (null meaning exactly one) moved from {@code source} to {@code target}. */
    void add(int source, int target, BigDecimal value) {
        int column = target + OFFSET;
        if (value == null) {
            if (units[source] == null) {
                units[source] = new long[candidates + OFFSET];
            }
            units[source][column]++;
        } else {
            if (fractions[source] == null) {
                fractions[source] = new BigDecimal[candidates + OFFSET];
            }
            BigDecimal current = fractions[source][column];
            fractions[source][column] = current == null ? value : current.add(value);
        }
    }

    /** Amounts moved away from {@code source}, keyed by target index (or EXHAUSTED, RESIDUAL_SURPLUS). */
    Map<Integer, BigDecimal> from(int source) {
        Map<Integer, BigDecimal> result = new HashMap<>();
        for (int column = 0; column < candidates + OFFSET; column++) {
            long count = units[source] == null ? 0 : units[source][column];
            BigDecimal fraction = fractions[source] == null ? null : fractions[source][column];
            if (count > 0 || fraction != null) {
                BigDecimal total = count > 0 ? BigDecimal.valueOf(count) : null;
                if (fraction != null) {
                    total = total == null ? fraction : total.add(fraction);
                }
                result.put(column - OFFSET, total);
            }
        }
        return result;
    }
}
