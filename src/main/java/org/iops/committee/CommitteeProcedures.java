package org.iops.committee;

import org.iops.governance.RuleKey;

/**
 * How a unit's committee decides by query, kept as the governing rule {@code committee.procedures} (versioned,
 * interim or ratified, inherited down the tree: the international committee's procedures hold in a branch until the
 * branch's committee sets its own).
 *
 * @param nonReplies       how a committee member who did not answer by the deadline counts
 * @param objectionPercent a query whose objections are more than this share (in percent) of the counted answers is
 *                         escalated to a member poll; a single block always is
 * @param answerDays       the answer period a new query is given unless its author chooses another deadline
 * @param pollDays         how long an escalated query's member poll (and its run-off) stays open
 */
public record CommitteeProcedures(NonReplies nonReplies, int objectionPercent, int answerDays, int pollDays) {

    /** How non-replies count at the deadline. */
    public enum NonReplies {
        /** Silence is consent: each non-reply counts as a consent. */
        CONSENT,
        /** Non-replies are not counted: the outcome rests on those who answered. */
        NOT_COUNTED
    }

    /** Before any version is recorded: non-replies not counted, more than a quarter objecting escalates, a week, a month. */
    public static final CommitteeProcedures DEFAULT = new CommitteeProcedures(NonReplies.NOT_COUNTED, 25, 7, 30);

    /** The rule's key; named under {@code committee.procedures.title}. */
    public static final RuleKey<CommitteeProcedures> RULE = new RuleKey<>("committee.procedures",
            CommitteeProcedures.class, DEFAULT);

    public static final int MAX_DAYS = 365;

    public CommitteeProcedures {
        if (nonReplies == null || objectionPercent < 0 || objectionPercent > 100 || answerDays < 1
                || answerDays > MAX_DAYS || pollDays < 1 || pollDays > MAX_DAYS) {
            throw new IllegalArgumentException("procedures out of range");
        }
    }
}
