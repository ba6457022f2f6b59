package org.iops.decisions.counting.rcv;

import java.math.BigDecimal;
import org.iops.decisions.counting.InactiveReason;

/**
 * Sums of ballot values for one round. A ballot worth exactly one (RCTab's unscaled {@code
 * BigDecimal.ONE}) is counted in a {@code long}; fractional values are added as {@code BigDecimal}.
 * The totals equal, value and scale, what RCTab gets adding every value to {@code BigDecimal.ZERO}.
 */
final class RoundAccumulator {

    private final long[] candidateUnits;
    private final BigDecimal[] candidateFractions;
    private final long[] inactiveUnits = new long[InactiveReason.values().length];
    private final BigDecimal[] inactiveFractions = new BigDecimal[InactiveReason.values().length];
    private long activeUnits;
    private BigDecimal activeFraction = BigDecimal.ZERO;

    RoundAccumulator(int candidates) {
        candidateUnits = new long[candidates];
        candidateFractions = new BigDecimal[candidates];
    }

    /** Adds a ballot of value {@code value} (null meaning exactly one) to {@code candidate}. */
    void addToCandidate(int candidate, BigDecimal value) {
        if (value == null) {
            candidateUnits[candidate]++;
            activeUnits++;
        } else {
            BigDecimal current = candidateFractions[candidate];
            candidateFractions[candidate] = current == null ? value : current.add(value);
            activeFraction = activeFraction.add(value);
        }
    }

    void addInactive(InactiveReason reason, BigDecimal value) {
        int i = reason.ordinal();
        if (value == null) {
            inactiveUnits[i]++;
        } else {
            inactiveFractions[i] = inactiveFractions[i] == null ? value : inactiveFractions[i].add(value);
        }
    }

    BigDecimal candidateTotal(int candidate) {
        return total(candidateUnits[candidate], candidateFractions[candidate]);
    }

    BigDecimal inactiveTotal(InactiveReason reason) {
        return total(inactiveUnits[reason.ordinal()], inactiveFractions[reason.ordinal()]);
    }

    BigDecimal activeTotal() {
        return total(activeUnits, activeFraction);
    }

    private static BigDecimal total(long units, BigDecimal fraction) {
        BigDecimal sum = BigDecimal.valueOf(units);
        return fraction == null ? sum : sum.add(fraction);
    }
}
