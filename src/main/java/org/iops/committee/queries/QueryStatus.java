package org.iops.committee.queries;

import java.util.Locale;

/** Where a query stands. */
public enum QueryStatus {
    /** Circulated; the committee answers until the deadline. */
    OPEN,
    /** Closed at the deadline without a block or too many objections, with consent. */
    ADOPTED,
    /** Closed at the deadline without consent to count. */
    REJECTED,
    /** A block or too many objections: a member poll of the unit decides. */
    ESCALATED,
    /** The member poll closed; the committee may put a compromise against its most popular option. */
    POLLED,
    /** The run-off between the compromise and the most popular option is open. */
    RUNOFF,
    /** The run-off closed. */
    SETTLED;

    public String messageKey() {
        return "committee.status." + name().toLowerCase(Locale.ROOT);
    }
}
