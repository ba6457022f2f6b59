package org.iops.decisions.counting.methods;

import org.iops.decisions.counting.Explanation;

/**
 * Minimum turnout for a vote to count at all. Every ballot cast counts toward the quorum,
 * abstentions included, because an abstainer took part; members who did not reply do not.
 *
 * <p>Either a fixed number of ballots or a fraction of the electorate (met when turnout is at
 * least that fraction, rounded up to whole ballots).
 *
 * @param minimumBallots fixed minimum, used when {@code fractionOfElectorate} is null
 * @param fractionOfElectorate share of the electorate that must cast a ballot, or null
 */
public record Quorum(long minimumBallots, Fraction fractionOfElectorate) {

    public Quorum {
        if (minimumBallots < 0) {
            throw new InvalidCountException(Explanation.of("decisions.error.quorumNegative"),
                    "A quorum cannot be negative, got " + minimumBallots);
        }
        if (fractionOfElectorate != null && minimumBallots != 0) {
            throw new InvalidCountException(Explanation.of("decisions.error.quorumBoth"),
                    "A quorum is either a number of ballots or a fraction, not both");
        }
    }

    /** No minimum turnout. */
    public static Quorum none() {
        return new Quorum(0, null);
    }

    /** At least this many ballots, abstentions included. */
    public static Quorum ballots(long minimum) {
        return new Quorum(minimum, null);
    }

    /** At least this share of the electorate casts a ballot, abstentions included. */
    public static Quorum fractionOfElectorate(Fraction fraction) {
        return new Quorum(0, java.util.Objects.requireNonNull(fraction, "fraction"));
    }

    /** Ballots needed for an electorate of the given size. */
    long requiredFor(long electorate) {
        return fractionOfElectorate == null ? minimumBallots : fractionOfElectorate.ceilingOf(electorate);
    }

    /** E.g. "at least 1/3 of the electorate" or "at least 20 ballots", as a message. */
    public Explanation describe() {
        if (fractionOfElectorate != null) {
            return Explanation.of("decisions.quorum.share", fractionOfElectorate.argument());
        }
        return minimumBallots == 0 ? Explanation.of("decisions.quorum.none")
                : Explanation.of("decisions.quorum.ballots", Explanation.count(minimumBallots));
    }
}
