package org.iops.committee.queries;

import java.util.Locale;

/** What a committee member answers to a query; {@link #NO_REPLY} is recorded for them at the deadline. */
public enum Answer {
    CONSENT, OBJECT, BLOCK, ABSTAIN, NO_REPLY;

    /** The answers a member may give (not {@link #NO_REPLY}). */
    public static final java.util.List<Answer> GIVEN = java.util.List.of(CONSENT, OBJECT, BLOCK, ABSTAIN);

    /** {@code committee.answer.consent}, {@code committee.answer.noreply}... */
    public String messageKey() {
        return "committee.answer." + name().toLowerCase(Locale.ROOT).replace("_", "");
    }

    /** The answer named in a link or a form ({@code consent}, {@code BLOCK}), or null for anything else. */
    public static @org.jspecify.annotations.Nullable Answer given(@org.jspecify.annotations.Nullable String text) {
        if (text == null) {
            return null;
        }
        for (Answer answer : GIVEN) {
            if (answer.name().equalsIgnoreCase(text.strip())) {
                return answer;
            }
        }
        return null;
    }
}
