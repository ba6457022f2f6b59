package org.iops.decisions.counting.methods;

import org.iops.decisions.counting.Explanation;

/** Checks shared by the decision methods that know their electorate. */
final class Turnout {

    private Turnout() {
    }

    /** Validates the counts against the electorate and returns how many did not reply. */
    static long noReply(long electorate, long... counts) {
        if (electorate < 0) {
            throw new InvalidCountException(Explanation.of("decisions.error.negative"),
                    "The electorate cannot be negative, got " + electorate);
        }
        long cast = 0;
        for (long count : counts) {
            if (count < 0) {
                throw new InvalidCountException(Explanation.of("decisions.error.negative"),
                        "A vote count cannot be negative, got " + count);
            }
            cast = Math.addExact(cast, count);
        }
        if (cast > electorate) {
            throw new InvalidCountException(Explanation.of("decisions.error.moreBallotsThanElectorate",
                    Explanation.count(cast), Explanation.count(electorate)),
                    cast + " ballots were cast but the electorate has only " + electorate + " members");
        }
        return electorate - cast;
    }

    static long base(VoteBase base, long forAndAgainst, long abstain, long electorate) {
        return switch (base) {
            case FOR_AND_AGAINST -> forAndAgainst;
            case ALL_BALLOTS -> forAndAgainst + abstain;
            case ELECTORATE -> electorate;
        };
    }
}
