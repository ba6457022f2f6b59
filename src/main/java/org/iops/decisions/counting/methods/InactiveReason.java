package org.iops.decisions.counting.methods;

/** Why a ballot that was cast did not count toward any option. */
public enum InactiveReason {
    /** The voter returned the ballot without marking or ranking anything. */
    BLANK
}
