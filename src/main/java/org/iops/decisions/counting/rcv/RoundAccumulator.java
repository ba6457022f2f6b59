package org.iops.decisions.counting.rcv;

import java.math.BigDecimal;
import org.iops.decisions.counting.InactiveReason;

/** Sums of ballot values for one round: by candidate, by inactive reason, and all active ones. */
final class RoundAccumulator {

    private final int candidates;
    private final int activeSlot;
    private final ValueSums sums;

    RoundAccumulator(int candidates, int decimals) {
        this.candidates = candidates;
        this.activeSlot = candidates + InactiveReason.values().length;
        this.sums = new ValueSums(activeSlot + 1, decimals);
    }

    /** Adds a ballot's value (see {@link ValueSums}), {@code weight} times, to {@code candidate}. */
    void addToCandidate(int candidate, long value, BigDecimal bigValue, int weight) {
        sums.add(candidate, value, bigValue, weight);
        sums.add(activeSlot, value, bigValue, weight);
    }

    void addInactive(InactiveReason reason, long value, BigDecimal bigValue, int weight) {
        sums.add(candidates + reason.ordinal(), value, bigValue, weight);
    }

    BigDecimal candidateTotal(int candidate) {
        return sums.total(candidate);
    }

    BigDecimal inactiveTotal(InactiveReason reason) {
        return sums.total(candidates + reason.ordinal());
    }

    BigDecimal activeTotal() {
        return sums.total(activeSlot);
    }
}
