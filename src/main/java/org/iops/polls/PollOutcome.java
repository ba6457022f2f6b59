package org.iops.polls;

/** How a closed poll ended; every closed poll has one. */
public enum PollOutcome {
    /** A question (consent, yes/no) passed its threshold. */
    ADOPTED,
    /** A question failed its threshold. */
    REJECTED,
    /** A consent poll met a block. */
    BLOCKED,
    /** Too few ballots for the quorum: nothing was decided. */
    NO_QUORUM,
    /** A choice (single, approval, ranked, Schulze, meeting time) named its winner or winners. */
    DECIDED,
    /** A choice ended in a tie the poll's rules could not break. */
    TIED,
    /** Withdrawn before it closed (by whoever opened it, or a moderator), with a recorded reason. */
    CANCELLED;

    /** The message key naming the outcome: {@code polls.outcome.adopted}. */
    public String messageKey() {
        return "polls.outcome." + name().toLowerCase(java.util.Locale.ROOT).replace("_", "");
    }
}
