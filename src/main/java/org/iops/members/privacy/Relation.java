package org.iops.members.privacy;

/** How the reader of a page stands to the member it shows. */
public enum Relation {
    /** not signed in */
    VISITOR,
    /** a signed-in member with no closer tie */
    MEMBER,
    /**
     * lives in the member's residence chapter and has for {@link PrivacyPolicy#CHAPTER_MATE_AFTER}: chapters joined
     * by choice (campus, online) never make chapter mates
     */
    CHAPTER_MATE,
    /** administers a unit the member belongs to (or one above it) */
    ADMIN,
    /** the member themself */
    SELF
}
