package org.iops.members.privacy;

/** Who may see one piece of a member's profile, from the widest audience to the narrowest. */
public enum Audience {
    /** anyone, visitors included */
    EVERYONE,
    /** signed-in members */
    MEMBERS,
    /** members who live in the member's residence chapter, and have for a while ({@link Relation#CHAPTER_MATE}) */
    CHAPTER,
    /** admins of a unit the member belongs to, or of a unit above it */
    ADMINS;

    /** The key of the audience's name in the message files. */
    public String messageKey() {
        return "members.audience." + name();
    }
}
