package org.iops.decisions.counting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties every count must have, checked on many seeded random elections. */
class CountPropertiesTest {

    private static final int ELECTIONS = 300;

    @Test
    void tallyPlusInactiveBallotsEqualsBallotsCountedInEveryRound() {
        for (int seed = 0; seed < ELECTIONS; seed++) {
            Election election = Election.random(new Random(seed), true);
            CountResult result = RankedChoiceCount.count(election.rules, election.ballots);
            for (Tabulation pass : result.passes()) {
                BigDecimal residualSoFar = BigDecimal.ZERO;
                for (Round round : pass.rounds()) {
                    BigDecimal accounted = round.totalVotes().add(round.totalInactive()).add(residualSoFar);
                    assertThat(accounted).as("seed %d round %d", seed, round.number())
                            .isEqualByComparingTo(pass.totalBallots());
                    for (RoundAction action : round.actions()) {
                        BigDecimal residual = action.transfers().get(RoundAction.RESIDUAL_SURPLUS);
                        residualSoFar = residual == null ? residualSoFar : residualSoFar.add(residual);
                    }
                }
                assertThat(pass.totalBallots()).isEqualByComparingTo(BigDecimal.valueOf(election.ballots.size()));
            }
        }
    }

    @Test
    void aFirstChoiceMajorityWinsInTheFirstRound() {
        int majorities = 0;
        for (int seed = 0; seed < ELECTIONS; seed++) {
            Election election = Election.random(new Random(seed), false);
            String leader = election.ballots.get(0).marks().isEmpty() ? null : election.ballots.get(0).marks().get(0).choice();
            if (leader == null) {
                continue;
            }
            // give the first ballot's first choice a strict majority of first choices
            List<Ballot> ballots = new ArrayList<>(election.ballots);
            long firsts = ballots.stream().filter(b -> !b.marks().isEmpty() && b.marks().get(0).choice().equals(leader)).count();
            while (firsts * 2 <= ballots.size()) {
                ballots.add(Ballot.of(leader));
                firsts++;
            }
            ContestRules irv = election.rules.toBuilder().numberOfWinners(1)
                    .winnerElectionMode(WinnerElectionMode.SINGLE_WINNER_MAJORITY)
                    .nonIntegerWinningThreshold(false).hareQuota(false).build();

            CountResult result = RankedChoiceCount.count(irv, ballots);

            assertThat(result.winners()).as("seed %d", seed).containsExactly(leader);
            assertThat(result.tabulation().rounds()).as("seed %d", seed).hasSize(1);
            majorities++;
        }
        assertThat(majorities).isGreaterThan(ELECTIONS / 2);
    }

    @Test
    void theResultDoesNotDependOnTheOrderOfTheBallots() {
        for (int seed = 0; seed < ELECTIONS; seed++) {
            Election election = Election.random(new Random(seed), true);
            List<Ballot> shuffled = new ArrayList<>(election.ballots);
            Collections.shuffle(shuffled, new Random(seed + 1_000_000L));

            CountResult original = RankedChoiceCount.count(election.rules, election.ballots);
            CountResult reordered = RankedChoiceCount.count(election.rules, shuffled);

            assertThat(reordered).as("seed %d", seed).isEqualTo(original);
        }
    }

    /** A random contest: rules and ballots, with overvotes, skips and repeats when asked. */
    private record Election(ContestRules rules, List<Ballot> ballots) {

        static Election random(Random random, boolean messy) {
            int candidateCount = 2 + random.nextInt(6);
            String[] names = new String[candidateCount];
            for (int i = 0; i < candidateCount; i++) {
                names[i] = "Candidate " + (char) ('A' + i);
            }
            ContestRules.Builder rules = ContestRules.builder().candidates(names)
                    .overvoteRule(OvervoteRule.values()[random.nextInt(OvervoteRule.values().length)])
                    .maxSkippedRanksAllowed(random.nextBoolean() ? null : random.nextInt(3))
                    .exhaustOnDuplicateCandidate(random.nextBoolean())
                    .tiebreakMode(TiebreakMode.values()[random.nextInt(TiebreakMode.values().length)])
                    .randomSeed((long) random.nextInt(1000))
                    .decimalPlacesForVoteArithmetic(random.nextBoolean() ? 1 + random.nextInt(9) : 10 + random.nextInt(11));
            int mode = random.nextInt(4);
            if (mode >= 2 && candidateCount >= 3) {
                rules.numberOfWinners(2).winnerElectionMode(mode == 2
                        ? WinnerElectionMode.MULTI_WINNER_ALLOW_MULTIPLE_WINNERS_PER_ROUND
                        : WinnerElectionMode.MULTI_WINNER_ALLOW_ONLY_ONE_WINNER_PER_ROUND)
                        .nonIntegerWinningThreshold(random.nextBoolean());
            }
            int ballotCount = 1 + random.nextInt(120);
            List<Ballot> ballots = new ArrayList<>();
            for (int b = 0; b < ballotCount; b++) {
                Ballot.Builder ballot = Ballot.builder();
                int rankings = random.nextInt(candidateCount + 1);
                int rank = 0;
                for (int r = 0; r < rankings; r++) {
                    rank += messy && random.nextInt(8) == 0 ? 2 : 1;
                    ballot.rank(rank, names[random.nextInt(candidateCount)]);
                    if (messy && random.nextInt(10) == 0) {
                        ballot.rank(rank, names[random.nextInt(candidateCount)]);
                    }
                }
                ballots.add(ballot.build());
            }
            return new Election(rules.maxRankingsAllowed(2 * candidateCount + 2).build(), ballots);
        }
    }
}
