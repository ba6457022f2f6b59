package org.iops.decisions.counting;

import java.util.Arrays;
import java.util.Optional;

/** RCTab's {@code winnerElectionMode}: how winners are chosen. */
public enum WinnerElectionMode {
    /** Instant runoff: one winner, who needs a majority of continuing ballots. */
    SINGLE_WINNER_MAJORITY("singleWinnerMajority"),
    /** Single transferable vote electing at most one candidate per round. */
    MULTI_WINNER_ALLOW_ONLY_ONE_WINNER_PER_ROUND("multiWinnerAllowOnlyOneWinnerPerRound"),
    /** Single transferable vote with fractional surplus transfer. */
    MULTI_WINNER_ALLOW_MULTIPLE_WINNERS_PER_ROUND("multiWinnerAllowMultipleWinnersPerRound"),
    /** Eliminate until as many candidates remain as there are seats. */
    BOTTOMS_UP("bottomsUp"),
    /** Eliminate until every remaining candidate has more than a share of the vote. */
    BOTTOMS_UP_USING_PERCENTAGE_THRESHOLD("bottomsUpUsingPercentageThreshold"),
    /** One instant-runoff pass per seat, excluding the winners of earlier passes. */
    MULTI_PASS_IRV("multiPassIrv");

    private final String rctabLabel;

    WinnerElectionMode(String rctabLabel) {
        this.rctabLabel = rctabLabel;
    }

    /** The value of this mode in an RCTab configuration file. */
    public String rctabLabel() {
        return rctabLabel;
    }

    /** Finds the mode written as {@code label} in an RCTab configuration file. */
    public static Optional<WinnerElectionMode> fromRctabLabel(String label) {
        return Arrays.stream(values()).filter(m -> m.rctabLabel.equals(label)).findFirst();
    }
}
