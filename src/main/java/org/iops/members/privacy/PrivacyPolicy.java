package org.iops.members.privacy;

/**
 * The one place that decides whether a reader may see a piece of a member's profile. Every page and every JSON
 * response that shows member data asks here.
 */
public final class PrivacyPolicy {

    /**
     * How long a reader must have lived in a member's residence chapter before they see what the member shows to
     * "members of my chapter". A move or a new account costs a script nothing; a month per chapter, with moves
     * limited to a few a week, makes harvesting a country's chapters take years, while a newcomer who wants to meet
     * their chapter meets it in person long before.
     */
    public static final java.time.Duration CHAPTER_MATE_AFTER = java.time.Duration.ofDays(30);

    private PrivacyPolicy() {
    }

    /** Whether a reader standing in {@code relation} to the member may see what the member shows to {@code audience}. */
    public static boolean canSee(Audience audience, Relation relation) {
        return switch (relation) {
            case SELF, ADMIN -> true;
            case CHAPTER_MATE -> audience != Audience.ADMINS;
            case MEMBER -> audience == Audience.EVERYONE || audience == Audience.MEMBERS;
            case VISITOR -> audience == Audience.EVERYONE;
        };
    }

    /**
     * The settings as they take effect: a field never shows more widely than the coarser field it implies, so the
     * neighbourhood (which tells the town) is seen by no more readers than the town.
     */
    public static PrivacySettings effective(PrivacySettings chosen) {
        return new PrivacySettings(chosen.locality(), narrower(chosen.neighbourhood(), chosen.locality()),
                chosen.realName(), chosen.bio(), chosen.email(), chosen.hidden());
    }

    /** Of two audiences, the one fewer readers belong to. */
    static Audience narrower(Audience a, Audience b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** Whether the reader may find the member at all: a member hidden from directories is found only by themself and admins. */
    public static boolean canFind(boolean hidden, Relation relation) {
        return !hidden || relation == Relation.SELF || relation == Relation.ADMIN;
    }

    /** Whether a reader standing in {@code relation} needs the (costlier) chapter check to decide on {@code audience}. */
    public static boolean dependsOnChapter(Audience audience) {
        return audience == Audience.CHAPTER;
    }
}
