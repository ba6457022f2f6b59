package org.iops.decisions.counting.methods;

import java.util.Arrays;
import java.util.List;

/**
 * A ballot on which the voter marks options: one option for plurality, any number for approval,
 * none for a blank ballot. The marks are kept exactly as cast so that a count can reject a ballot
 * with the wrong number of marks instead of guessing what the voter meant.
 *
 * @param marked the options marked, as cast
 */
public record SelectionBallot(List<String> marked) {

    public SelectionBallot {
        // Not List.copyOf: a null mark must reach the count, which rejects it with the ballot's number.
        marked = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(marked));
    }

    public static SelectionBallot of(String... marked) {
        return new SelectionBallot(Arrays.asList(marked));
    }

    public static SelectionBallot blank() {
        return new SelectionBallot(List.of());
    }
}
