package org.iops.decisions.counting.methods;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A ranked ballot for Schulze: groups of options from most to least preferred. Options in one group
 * are ranked equally; options the voter left out are ranked equally below every ranked option. A
 * ballot with no groups is blank.
 *
 * @param ranks groups of equally ranked options, most preferred first
 */
public record RankedBallot(List<List<String>> ranks) {

    public RankedBallot {
        // Not List.copyOf: a null name must reach the count, which rejects it with the ballot's number.
        ranks = ranks.stream()
                .map(rank -> rank == null ? List.<String>of() : Collections.unmodifiableList(new ArrayList<>(rank)))
                .toList();
    }

    /** A strict order, most preferred first: {@code of("A", "C", "B")} means A &gt; C &gt; B. */
    public static RankedBallot of(String... order) {
        return new RankedBallot(Arrays.stream(order).map(Collections::singletonList).toList());
    }

    public static RankedBallot blank() {
        return new RankedBallot(List.of());
    }

    /**
     * Reads the compact notation {@code "A>B=C>D"}: {@code >} separates ranks, {@code =} joins equal
     * options, spaces around names are ignored. Only for option names without {@code >} or {@code =}.
     */
    public static RankedBallot parse(String notation) {
        if (notation.isBlank()) {
            return blank();
        }
        List<List<String>> ranks = new ArrayList<>();
        for (String rank : notation.split(">", -1)) {
            // A blank rank ("A>>B") stays an empty group so that the count can reject it by position.
            ranks.add(rank.isBlank() ? List.of() : Arrays.stream(rank.split("=", -1)).map(String::strip).toList());
        }
        return new RankedBallot(ranks);
    }

    /** Back to the compact notation, e.g. {@code "A>B=C>D"}. */
    @Override
    public String toString() {
        return String.join(">", ranks.stream().map(rank -> String.join("=", rank)).toList());
    }
}
