package org.iops.moderation.internal;

/** Why a member flagged an item; {@link #OTHER} comes with the member's own words. */
public enum FlagReason {
    SPAM, ABUSE, OFF_TOPIC, OTHER;

    public String messageKey() {
        return "moderation.reason." + name();
    }
}
