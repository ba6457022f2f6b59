package org.iops.convention.standing;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.iops.convention.ConventionPreconditions;

/**
 * Where the organization stands against the preconditions at one moment.
 *
 * @param nearest  the chapters that do not count yet, closest to counting first (at most {@link Evaluation#NEAREST})
 * @param branches the branches with no counted chapter yet, those whose best chapter is closest first
 */
public record Standing(ConventionPreconditions rule, int ruleVersion, long members, int countedChapters,
        Set<String> countries, Set<String> continents, List<ChapterState> nearest, List<BranchState> branches,
        Instant at) {

    /** A branch without a counted chapter, with its chapter closest to counting. */
    public record BranchState(String countryCode, int chapters, ChapterState closest) {
    }

    public boolean membersMet() {
        return members >= rule.members();
    }

    public boolean chaptersMet() {
        return countedChapters >= rule.minChapters() && countedChapters <= rule.maxChapters();
    }

    public boolean countriesMet() {
        return countries.size() >= rule.countries();
    }

    public boolean continentsMet() {
        return continents.size() >= rule.continents();
    }

    public boolean allMet() {
        return membersMet() && chaptersMet() && countriesMet() && continentsMet();
    }
}
