package org.iops.decisions.counting.methods;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.iops.decisions.counting.Explanation;

/**
 * What to do when options tie for the last seat(s). Chosen by the poll's organizers before
 * counting, so a tie is never settled by whatever order the computer happened to hold them in.
 *
 * @param rule the rule
 * @param seed the random seed; only meaningful for {@link Rule#SEEDED_RANDOM}
 */
public record TieBreak(Rule rule, long seed) {

    /** The available tie-break rules. */
    public enum Rule {
        /** Do not break the tie: the result names the tied options and leaves those seats unfilled. */
        REPORT_TIE,
        /** The option listed first in the poll wins the tie. */
        OPTION_ORDER,
        /**
         * Tied options, taken in the poll's listing order, are shuffled with {@link Random} started
         * from the published seed (Fisher-Yates, {@code nextInt(i + 1)} for i from the last index
         * down). The JDK specifies that generator exactly, so anyone can redo the draw.
         */
        SEEDED_RANDOM
    }

    public TieBreak {
        Objects.requireNonNull(rule, "rule");
    }

    public static TieBreak reportTie() {
        return new TieBreak(Rule.REPORT_TIE, 0);
    }

    public static TieBreak optionOrder() {
        return new TieBreak(Rule.OPTION_ORDER, 0);
    }

    public static TieBreak seededRandom(long seed) {
        return new TieBreak(Rule.SEEDED_RANDOM, seed);
    }

    /**
     * Orders tied options, or returns null under {@link Rule#REPORT_TIE}.
     *
     * @param tiedInOptionOrder tied options in the poll's listing order
     */
    List<String> order(List<String> tiedInOptionOrder) {
        return switch (rule) {
            case REPORT_TIE -> null;
            case OPTION_ORDER -> List.copyOf(tiedInOptionOrder);
            case SEEDED_RANDOM -> shuffled(tiedInOptionOrder);
        };
    }

    private List<String> shuffled(List<String> tiedInOptionOrder) {
        List<String> shuffled = new ArrayList<>(tiedInOptionOrder);
        Random random = new Random(seed);
        for (int i = shuffled.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            String swap = shuffled.get(i);
            shuffled.set(i, shuffled.get(j));
            shuffled.set(j, swap);
        }
        return List.copyOf(shuffled);
    }

    /** E.g. "seeded random draw (seed 42)", as a message; the seed is shown as written, without grouping. */
    public Explanation describe() {
        return switch (rule) {
            case REPORT_TIE -> Explanation.of("decisions.tieBreak.reportTie");
            case OPTION_ORDER -> Explanation.of("decisions.tieBreak.optionOrder");
            case SEEDED_RANDOM -> Explanation.of("decisions.tieBreak.seededRandom", Explanation.name(Long.toString(seed)));
        };
    }
}
