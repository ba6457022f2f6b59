/**
 * Ranked-choice counting engine that reproduces RCTab (the tabulator of Bright Spots, certified
 * for US elections) round by round.
 *
 * <p>The engine is a plain library: no Spring, no database. A count takes {@link
 * org.iops.decisions.counting.ContestRules} (every RCTab rule for the supported winner election
 * modes) and ballots, either as {@link org.iops.decisions.counting.Ballot} objects or already packed
 * in a {@link org.iops.decisions.counting.BallotBox}, and returns a {@link
 * org.iops.decisions.counting.CountResult}: one {@link org.iops.decisions.counting.Tabulation} per
 * pass (several only for multi-pass IRV), each made of {@link org.iops.decisions.counting.Round}s
 * with tallies, transfers, eliminated and elected candidates and inactive ballots by reason.
 *
 * <pre>{@code
 * ContestRules rules = ContestRules.builder()
 *     .candidates("Alice", "Bob", "Carol")
 *     .winnerElectionMode(WinnerElectionMode.SINGLE_WINNER_MAJORITY)
 *     .tiebreakMode(TiebreakMode.USE_CANDIDATE_ORDER)
 *     .build();
 * CountResult result = RankedChoiceCount.count(rules, List.of(
 *     Ballot.of("Alice", "Bob"), Ballot.of("Bob"), Ballot.of("Carol", "Alice")));
 * List<String> winners = result.winners();
 * }</pre>
 *
 * <p>All vote arithmetic is done in {@link java.math.BigDecimal} with RCTab's scale and rounding
 * ({@code decimalPlacesForVoteArithmetic}, rounding down), so tallies print exactly as RCTab's
 * detailed report does. Sub-packages: {@code rcv} holds the tabulation engine, {@code cvr} the
 * streaming cast vote record readers (NIST SP 1500-103 CDF in JSON and XML, RCTab's generic CSV),
 * {@code rctab} the RCTab contest configuration and detailed-report JSON, and {@code cli} the
 * {@code tally} command.
 */
@org.springframework.modulith.NamedInterface("counting")
package org.iops.decisions.counting;
