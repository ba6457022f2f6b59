package org.iops.units;

/** An office a member holds in a unit for a term. A role in a unit grants its powers over every unit below it. */
public enum Role {
    ADMIN, MODERATOR, COMMITTEE_MEMBER
}
