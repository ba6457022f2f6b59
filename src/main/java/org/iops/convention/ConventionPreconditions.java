package org.iops.convention;

import org.iops.governance.RuleKey;

/**
 * The conditions for holding the founding convention, kept as the governing rule {@link #KEY} in the international.
 *
 * @param members        at least this many members in the organization
 * @param minChapters    at least this many counted chapters...
 * @param maxChapters    ...and at most this many
 * @param chapterMembers a chapter functions with at least this many members...
 * @param meetingDays    ...and a recorded meeting within this many days
 * @param womenPercent   a functioning chapter counts when at least this share of its members are women
 * @param countries      counted chapters in at least this many countries
 * @param continents     on at least this many continents
 */
public record ConventionPreconditions(int members, int minChapters, int maxChapters, int chapterMembers,
        int meetingDays, int womenPercent, int countries, int continents) {

    /**
     * The original member poll's: 10 to 30 chapters, 30 % women in each, 5 countries, 3 continents; 500 members and
     * chapters of 15 are this platform's choice (docs/convention.md says why); a meeting in the last 90 days.
     */
    public static final ConventionPreconditions ORIGINAL_POLL = new ConventionPreconditions(500, 10, 30, 15, 90, 30,
            5, 3);

    /** The rule {@code convention.preconditions}, interim until the members ratify it. */
    public static final RuleKey<ConventionPreconditions> KEY = new RuleKey<>("convention.preconditions",
            ConventionPreconditions.class, ORIGINAL_POLL);

    /** Whether a chapter of {@code members} members with {@code women} women among them meets the women's share. */
    public boolean womenShareMet(long members, long women) {
        return members > 0 && women * 100 >= (long) womenPercent * members;
    }
}
