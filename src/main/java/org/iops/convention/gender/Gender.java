package org.iops.convention.gender;

/** A member's self-declared gender: optional, private, counted only in aggregates. */
public enum Gender {
    WOMAN, MAN, ANOTHER, UNSAID;

    /** {@code convention.gender.WOMAN}... */
    public String messageKey() {
        return "convention.gender." + name();
    }
}
