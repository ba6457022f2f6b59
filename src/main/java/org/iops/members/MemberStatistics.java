package org.iops.members;

/** Figures about the membership that may be shown publicly (counts only, never names). */
public interface MemberStatistics {

    /** Members with a verified, not deleted account, including those hidden from directories. */
    long verifiedMembers();
}
