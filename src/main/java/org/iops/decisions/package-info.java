/**
 * Deciding together: proposals, polls, ballots and their counting. The counting library
 * ({@code org.iops.decisions.counting}) has no framework dependency: ranked choice equal to RCTab, plurality,
 * approval, yes/no/abstain, consent and Schulze; the {@code tally} command line recounts an RCTab contest. Results are
 * shown by {@code org.iops.decisions.results}, the one package that uses {@code web}.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Decisions", allowedDependencies = {"shared", "web"})
package org.iops.decisions;
