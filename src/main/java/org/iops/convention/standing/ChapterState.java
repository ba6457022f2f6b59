package org.iops.convention.standing;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.iops.convention.ConventionPreconditions;
import org.jspecify.annotations.Nullable;

/**
 * A chapter measured against the preconditions: whether it functions (members, a recent meeting), whether it meets
 * the women's share, and so whether it counts. The women's share is given only when it says nothing about fewer
 * than {@link #SMALL_CELL} people: at least that many women and at least that many others.
 */
public record ChapterState(ChapterFacts facts, @Nullable String continent, boolean enoughMembers, boolean metRecently,
        boolean womenShareMet, long missingMembers) {

    /** No figure is shown for fewer than this many people. */
    public static final int SMALL_CELL = org.iops.shared.SmallCells.MINIMUM;

    static ChapterState of(ChapterFacts facts, @Nullable String continent, ConventionPreconditions rule,
            java.time.LocalDate today) {
        boolean enough = facts.members() >= rule.chapterMembers();
        boolean met = facts.lastMet() != null && !facts.lastMet().isAfter(today)
                && !facts.lastMet().isBefore(today.minusDays(rule.meetingDays()));
        return new ChapterState(facts, continent, enough, met, rule.womenShareMet(facts.members(), facts.women()),
                Math.max(0, rule.chapterMembers() - facts.members()));
    }

    public boolean functioning() {
        return enoughMembers && metRecently;
    }

    public boolean counted() {
        return functioning() && womenShareMet;
    }

    /** What keeps the chapter from counting, as message keys of the convention bundle, in the rule's order. */
    public List<String> lacks() {
        List<String> lacks = new ArrayList<>();
        if (!enoughMembers) {
            lacks.add("convention.lacks.members");
        }
        if (!metRecently) {
            lacks.add("convention.lacks.meeting");
        }
        if (!womenShareMet) {
            lacks.add("convention.lacks.women");
        }
        return lacks;
    }

    /** The women's share in whole percent, or empty when it would tell about fewer than five people. */
    public OptionalInt womenPercent() {
        long others = facts.members() - facts.women();
        if (facts.women() < SMALL_CELL || others < SMALL_CELL) {
            return OptionalInt.empty();
        }
        return OptionalInt.of((int) (facts.women() * 100 / facts.members()));
    }

    /** Whether the share is hidden because fewer than five women declared (rather than fewer than five others). */
    public boolean fewWomen() {
        return facts.women() < SMALL_CELL;
    }

    /** How far from counting: the lacking conditions first, then the members still missing. */
    long distance() {
        return lacks().size() * 1_000_000L + missingMembers;
    }
}
