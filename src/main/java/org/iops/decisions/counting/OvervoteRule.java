package org.iops.decisions.counting;

import java.util.Arrays;
import java.util.Optional;

/** RCTab's {@code overvoteRule}: what happens when a ballot ranks several candidates at one rank. */
public enum OvervoteRule {
    /** Ignore the overvoted rank and look at the next one. */
    ALWAYS_SKIP_TO_NEXT_RANK("alwaysSkipToNextRank"),
    /** The ballot becomes inactive. */
    EXHAUST_IMMEDIATELY("exhaustImmediately"),
    /** Inactive only if two or more of the overvoted candidates are still continuing. */
    EXHAUST_IF_MULTIPLE_CONTINUING("exhaustIfMultipleContinuing");

    private final String rctabLabel;

    OvervoteRule(String rctabLabel) {
        this.rctabLabel = rctabLabel;
    }

    /** The value of this rule in an RCTab configuration file. */
    public String rctabLabel() {
        return rctabLabel;
    }

    /** Finds the rule written as {@code label} in an RCTab configuration file. */
    public static Optional<OvervoteRule> fromRctabLabel(String label) {
        return Arrays.stream(values()).filter(m -> m.rctabLabel.equals(label)).findFirst();
    }
}
