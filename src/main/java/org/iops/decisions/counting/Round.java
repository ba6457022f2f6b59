package org.iops.decisions.counting;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One round of a tabulation.
 *
 * @param number 1 for the first round
 * @param tally votes of each candidate still in the count (and, in multi-winner counts, of earlier
 *     winners, held at the threshold), by name
 * @param threshold votes needed to win in this round
 * @param inactiveBallots ballot value no longer counting for anyone, by reason (always all
 *     reasons, zero when none)
 * @param actions candidates elected then eliminated in this round, with their transfers
 */
public record Round(
        int number,
        SortedMap<String, BigDecimal> tally,
        BigDecimal threshold,
        Map<InactiveReason, BigDecimal> inactiveBallots,
        List<RoundAction> actions) {

    public Round {
        tally = Collections.unmodifiableSortedMap(new TreeMap<>(tally));
        inactiveBallots = Collections.unmodifiableMap(new EnumMap<>(inactiveBallots));
        actions = List.copyOf(actions);
    }

    /** Sum of the tally: ballot value counting for candidates in this round. */
    public BigDecimal totalVotes() {
        return tally.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Sum of inactive ballot value over all reasons. */
    public BigDecimal totalInactive() {
        return inactiveBallots.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
