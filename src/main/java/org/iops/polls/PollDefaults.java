package org.iops.polls;

import org.iops.governance.RuleKey;

/**
 * A unit's defaults for the polls its admins open (the governing rule {@code polls.defaults}, inherited down the
 * tree): the voting period in days, the quorum as a percentage of the electorate (0: none), the threshold a question
 * needs ({@code SIMPLE_MAJORITY}, {@code TWO_THIRDS} or {@code MAJORITY_OF_BALLOTS}) and whether ballots are secret.
 */
public record PollDefaults(int votingDays, int quorumPercent, String threshold, boolean secret) {

    /** Two weeks, 20 % turnout, more than half of the votes for and against, secret ballots. */
    public static final RuleKey<PollDefaults> RULE = new RuleKey<>("polls.defaults", PollDefaults.class,
            new PollDefaults(14, 20, "SIMPLE_MAJORITY", true));
}
