package org.iops.decisions.counting;

import java.util.List;
import java.util.Objects;

/**
 * A declared candidate.
 *
 * @param name the name shown in results
 * @param aliases other spellings that may appear on ballots
 * @param excluded whether the candidate takes no part in the count
 */
public record Candidate(String name, List<String> aliases, boolean excluded) {

    public Candidate {
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
    }

    /** A candidate without aliases who takes part in the count. */
    public static Candidate named(String name) {
        return new Candidate(name, List.of(), false);
    }
}
