package org.iops.decisions.counting.methods;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.iops.decisions.counting.Explanation;

/**
 * The options of a poll that fills seats (plurality, approval, Schulze), how many seats, and the
 * tie-break rule. The listing order of the options matters: results list options in it and the
 * {@link TieBreak.Rule#OPTION_ORDER} rule uses it.
 *
 * @param options  the options (or candidates), distinct, in listing order
 * @param seats    how many win; at least 1 and at most the number of options
 * @param tieBreak what happens when options tie for the last seat
 */
public record SeatRules(List<String> options, int seats, TieBreak tieBreak) {

    public SeatRules {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(tieBreak, "tieBreak");
        if (options.isEmpty()) {
            throw new InvalidCountException(Explanation.of("decisions.error.noOptions"), "The poll has no options");
        }
        Set<String> seen = new HashSet<>();
        for (String option : options) {
            if (option == null || option.isBlank()) {
                throw new InvalidCountException(Explanation.of("decisions.error.unnamedOption"), "An option has no name");
            }
            if (!seen.add(option)) {
                throw new InvalidCountException(Explanation.of("decisions.error.duplicateOption", Explanation.name(option)),
                        "The option '" + option + "' is listed twice");
            }
        }
        if (seats < 1 || seats > options.size()) {
            throw new InvalidCountException(Explanation.of("decisions.error.seats", Explanation.count(seats),
                    Explanation.count(options.size())),
                    "Seats must be between 1 and the number of options (" + options.size() + "), got " + seats);
        }
        options = List.copyOf(options);
    }

    /** One seat. */
    public static SeatRules singleWinner(List<String> options, TieBreak tieBreak) {
        return new SeatRules(options, 1, tieBreak);
    }
}
