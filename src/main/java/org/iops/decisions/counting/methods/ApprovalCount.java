package org.iops.decisions.counting.methods;

import java.util.List;

/**
 * Approval: each ballot approves any number of options (none is a blank ballot); the options
 * approved by the most ballots take the seats. Approving every option is allowed and changes no
 * ordering. A ballot naming an option twice or an unknown option is rejected with an {@link
 * InvalidBallotException}.
 */
public final class ApprovalCount {

    private ApprovalCount() {
    }

    /**
     * Counts the ballots under the given rules.
     *
     * @param rules   options, seats and tie-break rule
     * @param ballots one per voter; each marks any number of distinct options
     * @return tallies, ranking, winners and any tie at the seat boundary
     * @throws InvalidBallotException when a ballot marks an option twice or an unknown one
     */
    public static SeatResult count(SeatRules rules, List<SelectionBallot> ballots) {
        return SelectionCount.count("approval", Integer.MAX_VALUE, rules, ballots);
    }
}
