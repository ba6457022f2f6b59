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
    private final int decimals;
    private final ValueSums[] rows;

    TransferTable(int candidates, int decimals) {
        this.candidates = candidates;
        this.decimals = decimals;
        this.rows = new ValueSums[candidates];
    }

    /** Records a ballot value (see {@link ValueSums}) moved from {@code source} to {@code target}. */
    void add(int source, int target, long value, BigDecimal bigValue) {
        add(source, target, value, bigValue, 1);
    }

    /** The same for {@code weight} identical ballots. */
    void add(int source, int target, long value, BigDecimal bigValue, int weight) {
        if (rows[source] == null) {
            rows[source] = new ValueSums(candidates + OFFSET, decimals);
        }
        rows[source].add(target + OFFSET, value, bigValue, weight);
    }

    /** Amounts moved away from {@code source}, keyed by target index (or EXHAUSTED, RESIDUAL_SURPLUS). */
    Map<Integer, BigDecimal> from(int source) {
        Map<Integer, BigDecimal> result = new HashMap<>();
        ValueSums row = rows[source];
        if (row != null) {
            for (int column = 0; column < candidates + OFFSET; column++) {
                if (!row.isEmpty(column)) {
                    result.put(column - OFFSET, row.total(column));
                }
            }
        }
        return result;
    }
}
