package org.iops.members.privacy;

/** A member's choices of who sees each private part of their profile, and whether they are listed at all. */
public record PrivacySettings(Audience locality, Audience neighbourhood, Audience realName, Audience bio,
        Audience email, boolean hidden) {

    /** Protective defaults: the chapter sees the locality, members the bio, only admins the name and email. */
    public static final PrivacySettings DEFAULTS = new PrivacySettings(Audience.CHAPTER, Audience.CHAPTER,
            Audience.ADMINS, Audience.MEMBERS, Audience.ADMINS, false);
}
