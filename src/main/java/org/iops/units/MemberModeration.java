package org.iops.units;

/** What an admin did to a member's account, as the audit log of the member's branch records it. */
public enum MemberModeration {
    /** may not sign in and is listed nowhere until reinstated */
    SUSPENDED,
    REINSTATED,
    /** the account was deleted by an admin */
    REMOVED
}
