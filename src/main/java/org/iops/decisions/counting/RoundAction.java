package org.iops.decisions.counting;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A candidate elected or eliminated in a round, and where that candidate's votes (or surplus) went
 * at the start of the next round. Transfer targets are candidate names, {@code "exhausted"} or
 * {@code "residual surplus"}.
 *
 * @param type elected or eliminated
 * @param candidate the candidate's name
 * @param transfers votes moved to each target, by target name
 */
public record RoundAction(Type type, String candidate, SortedMap<String, BigDecimal> transfers) {

    /** Transfer target for ballots that became inactive. */
    public static final String EXHAUSTED = "exhausted";
    /** Transfer target for surplus lost to rounding down. */
    public static final String RESIDUAL_SURPLUS = "residual surplus";

    public RoundAction {
        transfers = Collections.unmodifiableSortedMap(new TreeMap<>(transfers));
    }

    /** What happened to the candidate. */
    public enum Type {
        ELECTED("elected"),
        ELIMINATED("eliminated");

        private final String reportKey;

        Type(String reportKey) {
            this.reportKey = reportKey;
        }

        /** The key RCTab's detailed report uses for this action. */
        public String reportKey() {
            return reportKey;
        }
    }
}
