package org.iops.decisions.counting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iops.decisions.counting.TestBallots.ballots;
import static org.iops.decisions.counting.TestBallots.candidates;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** RCTab's non-interactive tie-breaks, including its seeded random draws. */
class TieBreakTest {

    // B and C tie for last in round 1
    private static final List<Ballot> LAST_PLACE_TIE =
            ballots().times(3, "A").times(2, "B", "A").times(2, "C", "A").list();

    private static String eliminatedFirst(ContestRules rules, List<Ballot> ballots) {
        return candidates(RankedChoiceCount.count(rules, ballots).tabulation().rounds().get(0),
                RoundAction.Type.ELIMINATED).get(0);
    }

    @Test
    void candidateOrderEliminatesTheTiedCandidateListedLast() {
        ContestRules rules = ContestRules.builder().candidates("A", "C", "B")
                .tiebreakMode(TiebreakMode.USE_CANDIDATE_ORDER).build();

        assertThat(eliminatedFirst(rules, ballots().times(3, "A").times(2, "B").times(2, "C").list())).isEqualTo("B");
    }

    @Test
    void candidateOrderElectsTheTiedCandidateListedFirstWhenTwoRemain() {
        ContestRules rules = ContestRules.builder().candidates("B", "A").build();

        CountResult result = RankedChoiceCount.count(rules, ballots().times(2, "A").times(2, "B").list());

        assertThat(result.winners()).containsExactly("B");
    }

    @Test
    void randomTieBreakDrawsFromJavaUtilRandomSeededWithTheRandomSeed() {
        for (long seed = 0; seed < 20; seed++) {
            ContestRules rules = ContestRules.builder().candidates("A", "B", "C", "D")
                    .tiebreakMode(TiebreakMode.RANDOM).randomSeed(seed).build();
            List<Ballot> ballots = ballots().times(5, "A").times(3, "D").times(2, "C").times(2, "B").list();
            // tied candidates are sorted by name, then one is drawn
            String expected = List.of("B", "C").get((int) Math.floor(new Random(seed).nextDouble() * 2));

            assertThat(eliminatedFirst(rules, ballots)).as("seed " + seed).isEqualTo(expected);
        }
    }

    @Test
    void previousRoundCountsBreakATieBeforeAnyRandomDraw() {
        ContestRules rules = ContestRules.builder().candidates("A", "B", "C", "D")
                .tiebreakMode(TiebreakMode.PREVIOUS_ROUND_COUNTS_THEN_RANDOM).randomSeed(7L).build();
        // round 1: D out, its ballot goes to C; round 2: B and C tie at 3, C had fewer in round 1
        List<Ballot> ballots = ballots().times(5, "A").times(3, "B").times(2, "C").times(1, "D", "C").list();

        CountResult result = RankedChoiceCount.count(rules, ballots);

        assertThat(candidates(result.tabulation().rounds().get(1), RoundAction.Type.ELIMINATED)).containsExactly("C");
    }

    @Test
    void generatedPermutationIsTheSortedNamesShuffledWithTheSeed() {
        for (long seed = 0; seed < 10; seed++) {
            ContestRules rules = ContestRules.builder().candidates("C", "A", "B")
                    .tiebreakMode(TiebreakMode.GENERATE_PERMUTATION).randomSeed(seed).build();
            List<String> permutation = new ArrayList<>(List.of("A", "B", "C"));
            Collections.shuffle(permutation, new Random(seed));
            String expected = permutation.indexOf("B") > permutation.indexOf("C") ? "B" : "C";

            assertThat(eliminatedFirst(rules, LAST_PLACE_TIE)).as("seed " + seed).isEqualTo(expected);
        }
    }

    @Test
    void previousRoundCountsFallBackToTheSeededDrawWhenTiedInEveryRound() {
        for (long seed = 0; seed < 10; seed++) {
            ContestRules rules = ContestRules.builder().candidates("A", "B", "C")
                    .tiebreakMode(TiebreakMode.PREVIOUS_ROUND_COUNTS_THEN_RANDOM).randomSeed(seed).build();
            String expected = List.of("B", "C").get((int) Math.floor(new Random(seed).nextDouble() * 2));

            assertThat(eliminatedFirst(rules, LAST_PLACE_TIE)).as("seed " + seed).isEqualTo(expected);
        }
    }
}
