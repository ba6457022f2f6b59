package org.iops.decisions.counting;

import java.math.BigDecimal;
import java.util.List;

/**
 * One tabulation pass: all of a count, except in multi-pass IRV, which runs one pass per seat.
 *
 * @param rounds the rounds in order
 * @param winners candidates elected in this pass, in order of election
 * @param numberOfWinners seats this pass fills (1 for each multi-pass IRV pass)
 * @param numberOfCandidates declared candidates, plus the undeclared write-in pseudo-candidate when
 *     enabled
 * @param totalBallots ballots read for the contest
 * @param undervotes ballots ranking no candidate
 */
public record Tabulation(
        List<Round> rounds,
        List<String> winners,
        int numberOfWinners,
        int numberOfCandidates,
        BigDecimal totalBallots,
        long undervotes) {

    public Tabulation {
        rounds = List.copyOf(rounds);
        winners = List.copyOf(winners);
    }

    /** Threshold of the last round. */
    public BigDecimal finalThreshold() {
        return rounds.get(rounds.size() - 1).threshold();
    }
}
