package org.iops.decisions.counting.methods;

import java.util.List;
import org.iops.decisions.counting.Explanation;

/**
 * The result of a Schulze count.
 *
 * @param options        the options in listing order
 * @param pairwise       d[X,Y]: ballots ranking X above Y
 * @param strongestPaths p[X,Y]: strength of the strongest path from X to Y (winning votes)
 * @param ranking        the Schulze ranking as places, best first; options sharing a place are tied
 *                       by the method itself (neither beats the other)
 * @param winners        options elected, in seat order
 * @param unfilledSeats  seats left open because a tie was reported rather than broken
 * @param ties           the tie at the seat boundary and how it was settled (empty when none)
 * @param ballots        ballots cast, counted and blank
 * @param summary        a one-paragraph account for members, one message per sentence
 */
public record SchulzeResult(
        List<String> options,
        PairwiseTable pairwise,
        PairwiseTable strongestPaths,
        List<List<String>> ranking,
        List<String> winners,
        int unfilledSeats,
        List<TieResolution> ties,
        BallotTotals ballots,
        List<Explanation> summary) {

    public SchulzeResult {
        options = List.copyOf(options);
        ranking = ranking.stream().map(List::copyOf).toList();
        winners = List.copyOf(winners);
        ties = List.copyOf(ties);
        summary = List.copyOf(summary);
    }

    /** Whether Schulze ranks {@code x} above {@code y}: p[x,y] &gt; p[y,x]. */
    public boolean beats(String x, String y) {
        return strongestPaths.get(x, y) > strongestPaths.get(y, x);
    }

    /** The ranking in compact form, e.g. {@code "E > A > C > B > D"} or {@code "B = D > A = C"}. */
    public String rankingText() {
        return SeatText.ranking(ranking);
    }
}
