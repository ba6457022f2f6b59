package org.iops.decisions.counting;

/** Why a ballot no longer counts for any candidate (RCTab's inactive ballot statuses). */
public enum InactiveReason {
    /** The ballot ranked no candidate at all (RCTab's undervotes). */
    DID_NOT_RANK_ANY_CANDIDATES("undervotes"),
    /** Exhausted at an overvote. */
    OVERVOTE("overvotes"),
    /** Too many consecutive skipped ranks. */
    SKIPPED_RANKING("skippedRankings"),
    /** No continuing candidate left among its rankings. */
    EXHAUSTED_CHOICES("exhaustedChoices"),
    /** A candidate ranked twice while {@code exhaustOnDuplicateCandidate} is set. */
    REPEATED_RANKING("repeatedRankings"),
    /** Surplus of winners in the last round of a multi-winner count, with no seat left to fill. */
    FINAL_ROUND_SURPLUS("finalRoundSurplus");

    private final String reportKey;

    InactiveReason(String reportKey) {
        this.reportKey = reportKey;
    }

    /** The key under which RCTab's detailed report lists this reason. */
    public String reportKey() {
        return reportKey;
    }
}
