package org.iops.decisions.counting.methods;

import java.util.List;

/**
 * Plurality ("single choice"): each ballot marks one option, or none (blank); the options with the
 * most votes take the seats. With several seats this is "top N", each voter still marking one.
 *
 * <p>A ballot marking more than one option, or an option not on the poll, is rejected with an
 * {@link InvalidBallotException} rather than counted as spoilt: ballots reach the count through
 * the platform's own form, so such a ballot means a bug upstream, not a voter's mistake.
 */
public final class PluralityCount {

    private PluralityCount() {
    }

    /**
     * Counts the ballots under the given rules.
     *
     * @param rules   options, seats and tie-break rule
     * @param ballots one per voter; each marks at most one option
     * @return tallies, ranking, winners and any tie at the seat boundary
     * @throws InvalidBallotException when a ballot marks two options or an unknown one
     */
    public static SeatResult count(SeatRules rules, List<SelectionBallot> ballots) {
        return SelectionCount.count("plurality", 1, rules, ballots);
    }
}
