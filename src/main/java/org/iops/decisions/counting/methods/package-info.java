/**
 * Counting methods other than ranked choice: plurality, approval, yes/no/abstain with quorum and
 * threshold, consent (agree, abstain, disagree, block) and the Schulze Condorcet method.
 *
 * <p>Every method is a pure function from rules and ballots to a result record; nothing here
 * touches a database, a clock or Spring. Counts are {@code long}s and thresholds are exact
 * {@link org.iops.decisions.counting.methods.Fraction}s, so a result never depends on floating
 * point rounding. Where a tie decides an outcome, the caller's {@link
 * org.iops.decisions.counting.methods.TieBreak} rule says what happens, and the result records
 * it. Bad input is rejected with an {@link
 * org.iops.decisions.counting.methods.InvalidCountException} (an {@link IllegalArgumentException})
 * that names the problem.
 */
@org.springframework.modulith.NamedInterface("methods")
package org.iops.decisions.counting.methods;
