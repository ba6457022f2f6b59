package org.iops.decisions.counting;

import java.util.List;
import org.iops.decisions.counting.rcv.RcvCounter;

/** Entry point of the ranked-choice counting engine. */
public final class RankedChoiceCount {

    private RankedChoiceCount() {}

    /**
     * Counts {@code ballots} under {@code rules}.
     *
     * @throws CountingException if a ballot names an unknown candidate, ranks beyond {@code
     *     maxRankingsAllowed}, there are no ballots, or the count can't proceed
     */
    public static CountResult count(ContestRules rules, List<Ballot> ballots) {
        return count(rules, BallotBox.of(ballots));
    }

    /** Counts ballots already packed, as the cast vote record readers produce them. */
    public static CountResult count(ContestRules rules, BallotBox ballots) {
        return RcvCounter.count(rules, ballots);
    }
}
