package org.iops.decisions.counting.methods;

/**
 * What a threshold fraction is taken of. Rules must say this out loud: "two thirds" of the votes
 * for and against is a different rule from "two thirds" of everyone who replied.
 */
public enum VoteBase {
    /** Votes for and against only (yes + no; in consent, agree + disagree + block); abstentions are left out. */
    FOR_AND_AGAINST("votes for and against, abstentions excluded"),
    /** Every ballot cast, abstentions included. */
    ALL_BALLOTS("all ballots cast, abstentions included"),
    /** The whole electorate, so that not replying counts like voting against. */
    ELECTORATE("the whole electorate, non-voters included");

    private final String description;

    VoteBase(String description) {
        this.description = description;
    }

    /** Plain-language description for reports, e.g. "votes for and against, abstentions excluded". */
    public String description() {
        return description;
    }
}
