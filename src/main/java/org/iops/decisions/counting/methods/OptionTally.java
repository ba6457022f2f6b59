package org.iops.decisions.counting.methods;

/**
 * Votes for one option.
 *
 * @param option the option as listed in the poll
 * @param votes  ballots that chose (or approved) it
 */
public record OptionTally(String option, long votes) {
}
