package org.iops.decisions.counting;

import java.util.List;

/**
 * Result of a ranked-choice count.
 *
 * @param passes one tabulation, or one per seat in multi-pass IRV
 * @param winners all winners in order of election
 */
public record CountResult(List<Tabulation> passes, List<String> winners) {

    public CountResult {
        passes = List.copyOf(passes);
        winners = List.copyOf(winners);
    }

    /** The first (for most modes the only) tabulation pass. */
    public Tabulation tabulation() {
        return passes.get(0);
    }
}
