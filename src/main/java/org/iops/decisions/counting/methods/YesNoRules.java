package org.iops.decisions.counting.methods;

import java.util.Objects;

/**
 * Rules for a yes/no/abstain vote.
 *
 * @param quorum    minimum turnout, abstentions included
 * @param threshold share of yes votes needed, and of what base
 */
public record YesNoRules(Quorum quorum, Threshold threshold) {

    public YesNoRules {
        Objects.requireNonNull(quorum, "quorum");
        Objects.requireNonNull(threshold, "threshold");
    }

    /** No quorum; more than half of yes and no votes, abstentions excluded. */
    public static YesNoRules simpleMajority() {
        return new YesNoRules(Quorum.none(), Threshold.simpleMajority());
    }
}
