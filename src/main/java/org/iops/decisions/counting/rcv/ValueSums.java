package org.iops.decisions.counting.rcv;

import java.math.BigDecimal;

/**
 * Sums of ballot values in numbered slots, equal in value and scale to what RCTab gets adding each
 * value to {@code BigDecimal.ZERO}. A ballot's value is passed as a {@code long}: {@link #ONE} for a
 * whole ballot, a non-negative count of units of the last decimal place (the value's unscaled form
 * at the configured decimals) for a fraction, or {@link #BIG} with the value as a {@code BigDecimal}.
 * Whole ballots and fractions are summed in {@code long}s, the {@code BigDecimal} only for what
 * can't be.
 */
final class ValueSums {

    static final long ONE = -1;
    static final long BIG = -2;

    private final int decimals;
    private final long[] ones;
    private final long[] units;
    private final boolean[] hasUnits;
    private final BigDecimal[] big;

    ValueSums(int slots, int decimals) {
        this.decimals = decimals;
        ones = new long[slots];
        units = new long[slots];
        hasUnits = new boolean[slots];
        big = new BigDecimal[slots];
    }

    void add(int slot, long value, BigDecimal bigValue) {
        add(slot, value, bigValue, 1);
    }

    /**
     * Adds {@code weight} ballots of one value: the same sum, to the digit and the scale, as adding the value that
     * many times ({@code BigDecimal} multiplication by an integer keeps the scale, as repeated addition does).
     */
    void add(int slot, long value, BigDecimal bigValue, int weight) {
        if (value == ONE) {
            ones[slot] += weight;
        } else if (value == BIG) {
            BigDecimal all = weight == 1 ? bigValue : bigValue.multiply(BigDecimal.valueOf(weight));
            big[slot] = big[slot] == null ? all : big[slot].add(all);
        } else {
            units[slot] += value * weight;
            hasUnits[slot] = true;
        }
    }

    boolean isEmpty(int slot) {
        return ones[slot] == 0 && !hasUnits[slot] && big[slot] == null;
    }

    BigDecimal total(int slot) {
        BigDecimal sum = BigDecimal.valueOf(ones[slot]);
        if (hasUnits[slot]) {
            sum = sum.add(BigDecimal.valueOf(units[slot], decimals));
        }
        return big[slot] == null ? sum : sum.add(big[slot]);
    }

    /** Whether a value passed as ({@code value}, {@code bigValue}) is more than zero. */
    static boolean isPositive(long value, BigDecimal bigValue) {
        if (value == ONE) {
            return true;
        }
        return value == BIG ? bigValue.signum() == 1 : value > 0;
    }
}
