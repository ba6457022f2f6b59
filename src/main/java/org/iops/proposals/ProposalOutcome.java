package org.iops.proposals;

import java.util.Locale;

/** How a proposal ended; every proposal past its deadline has one (nothing fizzles). */
public enum ProposalOutcome {
    /** The vote passed (a consent without block, or a yes/no vote over its threshold), with its quorum. */
    ADOPTED,
    /** The yes/no vote fell short of its threshold. */
    REJECTED,
    /** A consent vote met at least one block: not adopted; the reasons are on the poll's results. */
    BLOCKED,
    /** Too few members voted for the quorum: nothing was decided. */
    NO_QUORUM,
    /** The discussion ended with fewer supporters than the unit's rules ask for: it never went to a vote. */
    NOT_ENOUGH_SUPPORT,
    /** The author withdrew it during the discussion, or its vote was cancelled. */
    WITHDRAWN;

    /** The message key naming the outcome: {@code proposals.outcome.notEnoughSupport}. */
    public String messageKey() {
        String[] words = name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder key = new StringBuilder("proposals.outcome.").append(words[0]);
        for (int i = 1; i < words.length; i++) {
            key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return key.toString();
    }
}
