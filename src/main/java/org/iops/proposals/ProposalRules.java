package org.iops.proposals;

import org.iops.governance.RuleKey;
import org.iops.polls.PollType;

/**
 * A unit's proposal rules, kept as the governing rule {@link #KEY} ({@code proposals.unitRules}): set in a unit they
 * hold there and in every unit below it that has none of its own. A proposal takes the rules that hold when it is
 * put (its support needed, periods, poll type, quorum and threshold are fixed then).
 *
 * @param proposers      who may put a proposal to the unit
 * @param supportRule    whether {@code support} is a number of members or a percentage of the unit's members
 * @param support        the supporters a proposal needs by the end of its discussion to go to a vote (its author
 *                       counts as the first)
 * @param discussionDays the default discussion period
 * @param votingDays     the default voting period
 * @param pollType       how the unit votes on proposals: {@link PollType#CONSENT} or {@link PollType#YES_NO}
 * @param quorumPercent  the share of the unit's members (the frozen roll) who must vote, 0 for none
 * @param twoThirds      whether a yes/no vote needs two thirds of the votes for and against (else more than half)
 */
public record ProposalRules(Proposers proposers, SupportRule supportRule, int support, int discussionDays,
        int votingDays, PollType pollType, int quorumPercent, boolean twoThirds) {

    /** Before any unit sets its own: members propose, 3 supporters, two weeks of discussion, a week of consent. */
    public static final ProposalRules DEFAULT = new ProposalRules(Proposers.MEMBERS, SupportRule.MEMBERS, 3, 14, 7,
            PollType.CONSENT, 20, false);

    /** The governing rule; named on the rules pages by {@code proposals.unitRules.title}. */
    public static final RuleKey<ProposalRules> KEY = new RuleKey<>("proposals.unitRules", ProposalRules.class,
            DEFAULT);

    /** Who may put proposals to a unit. */
    public enum Proposers {
        /** Every member of the unit (or of a unit below it). */
        MEMBERS,
        /** The unit's admins (and those of the units above) only. */
        ADMINS
    }

    /** How the support a proposal needs is counted. */
    public enum SupportRule {
        /** A number of supporting members. */
        MEMBERS,
        /** A percentage of the unit's members when the proposal is put, rounded up. */
        SHARE
    }

    /** The supporters needed in a unit of {@code members} members. */
    public int supportNeeded(long members) {
        if (supportRule == SupportRule.MEMBERS) {
            return support;
        }
        return (int) Math.min(Integer.MAX_VALUE, (members * support + 99) / 100);
    }
}
