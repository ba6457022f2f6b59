package org.iops.governance;

/** Whether a version of a rule was set provisionally or ratified by the members. */
public enum RuleStatus {
    /** Set by an interim body (the interim committee, a unit's admins) until members ratify or replace it. */
    INTERIM,
    /** Adopted by a decision of the members (a poll, the convention). */
    RATIFIED;

    /** The message key naming the status: {@code governance.status.interim}. */
    public String messageKey() {
        return "governance.status." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
