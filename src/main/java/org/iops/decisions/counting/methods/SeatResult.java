package org.iops.decisions.counting.methods;

import java.util.List;
import org.iops.decisions.counting.Explanation;

/**
 * The result of a plurality or approval count.
 *
 * @param method        "plurality" or "approval"
 * @param tallies       votes per option, in listing order
 * @param ranking       options grouped by place, most votes first; options sharing a place tied
 * @param winners       options elected, in seat order
 * @param unfilledSeats seats left open because a tie was reported rather than broken
 * @param ties          the tie at the seat boundary and how it was settled (empty when none)
 * @param ballots       ballots cast, counted and blank
 * @param summary       a one-paragraph account for members, one message per sentence
 */
public record SeatResult(
        String method,
        List<OptionTally> tallies,
        List<List<String>> ranking,
        List<String> winners,
        int unfilledSeats,
        List<TieResolution> ties,
        BallotTotals ballots,
        List<Explanation> summary) {

    public SeatResult {
        tallies = List.copyOf(tallies);
        ranking = ranking.stream().map(List::copyOf).toList();
        winners = List.copyOf(winners);
        ties = List.copyOf(ties);
        summary = List.copyOf(summary);
    }

    /** Votes for one option. */
    public long votesFor(String option) {
        return tallies.stream()
                .filter(tally -> tally.option().equals(option))
                .findFirst()
                .orElseThrow(() -> new InvalidCountException(
                        Explanation.of("decisions.error.unknownOption", Explanation.name(option)),
                        "No option '" + option + "' in this poll"))
                .votes();
    }
}
