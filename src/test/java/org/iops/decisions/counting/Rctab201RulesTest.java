package org.iops.decisions.counting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.iops.decisions.counting.TestBallots.ballots;
import static org.iops.decisions.counting.TestBallots.candidates;
import static org.iops.decisions.counting.TestBallots.tally;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Rules as RCTab 2.0.1 counts them (cutoff elimination, {@code maxRankingsAllowed "max"}, decisions
 * of one round listed by name), and {@code minimumVoteThreshold} as v2.0.0 counted it, which 2.0.1
 * ignores and the differential test therefore can't check. Every expected figure is worked out by
 * hand in the comments.
 */
class Rctab201RulesTest {

    private static ContestRules.Builder irv(String... names) {
        return ContestRules.builder().candidates(names);
    }

    @Test
    void minimumVoteThresholdRaisesTheWinningThreshold() {
        // 10 ballots: the majority threshold is 10 / 2 + 1 = 6, the minimum of 7 raises it to 7
        ContestRules rules = irv("A", "B", "C").minimumVoteThreshold(TestBallots.decimal("7")).build();

        CountResult result = RankedChoiceCount.count(rules,
                ballots().times(7, "A").times(2, "B").times(1, "C", "B").list());

        Round first = result.tabulation().rounds().get(0);
        assertThat(first.threshold()).hasToString("7");
        assertThat(result.winners()).containsExactly("A");
    }

    @Test
    void minimumVoteThresholdRefusesACountWhereEveryoneIsBelowIt() {
        // A 6, B 3, C 1: everyone is below 7 in round 1, so v2.0.0 stops the count
        ContestRules rules = irv("A", "B", "C").minimumVoteThreshold(TestBallots.decimal("7")).build();

        assertThatThrownBy(() -> RankedChoiceCount.count(rules,
                ballots().times(6, "A").times(3, "B").times(1, "C", "B").list()))
                .isInstanceOf(CountingException.class)
                .hasMessageContaining("minimumVoteThreshold");
    }

    @Test
    void cutoffEliminationDropsEveryoneBelowTheThresholdAtOnce() {
        // 12 ballots, threshold 7: A wins round 1 with 7. Continuing until two keeps the threshold at
        // 7, so in round 2 cutoff elimination drops B (2), C (2) and D (1) together, listed by name;
        // round 3 shows A alone (RCTab 2.0.1 reports the same three rounds).
        ContestRules rules = irv("D", "C", "B", "A").continueUntilTwoCandidatesRemain(true)
                .cutoffElimination(true).build();

        CountResult result = RankedChoiceCount.count(rules,
                ballots().times(7, "A").times(2, "B").times(2, "C").times(1, "D").list());

        List<Round> rounds = result.tabulation().rounds();
        assertThat(rounds.get(1).threshold()).hasToString("7");
        assertThat(candidates(rounds.get(1), RoundAction.Type.ELIMINATED)).containsExactly("B", "C", "D");
        assertThat(rounds).hasSize(3);
        assertThat(tally(rounds.get(2))).isEqualTo(Map.of("A", "7"));
    }

    @Test
    void withoutCutoffEliminationOnlyTheLastIsEliminated() {
        ContestRules rules = irv("D", "C", "B", "A").continueUntilTwoCandidatesRemain(true).build();

        CountResult result = RankedChoiceCount.count(rules,
                ballots().times(7, "A").times(2, "B").times(2, "C").times(1, "D").list());

        assertThat(candidates(result.tabulation().rounds().get(1), RoundAction.Type.ELIMINATED)).containsExactly("D");
    }

    @Test
    void maxRankingsMaxAcceptsRanksAboveTheNumberOfCandidates() {
        // 2.0.1's isRankingAllowed: "max" is no limit; rank 9 of 3 candidates is a skipped ranking
        // (1 to 9 skips 7 ranks), exhausting the ballot under maxSkippedRanksAllowed 1 once B is out
        ContestRules rules = irv("A", "B", "C").maxSkippedRanksAllowed(1).build();

        CountResult result = RankedChoiceCount.count(rules, List.of(
                Ballot.builder().rank(1, "B").rank(9, "A").build(),
                Ballot.of("A"), Ballot.of("A"), Ballot.of("C"), Ballot.of("C")));

        Round second = result.tabulation().rounds().get(1);
        assertThat(tally(second)).isEqualTo(Map.of("A", "2", "C", "2"));
        assertThat(TestBallots.inactive(second, InactiveReason.SKIPPED_RANKING)).isEqualTo("1");
    }

    @Test
    void aNumericMaxRankingsAllowedStillRefusesHigherRanks() {
        ContestRules rules = irv("A", "B", "C").maxRankingsAllowed(3).build();

        assertThatThrownBy(() -> RankedChoiceCount.count(rules,
                List.of(Ballot.builder().rank(1, "B").rank(4, "A").build())))
                .hasMessageContaining("maxRankingsAllowed (3)");
    }

    @Test
    void candidatesEliminatedTogetherAreListedByName() {
        // batch elimination: Zed 1 + Amy 1 = 2 < Bo's 4, so both go in round 1, listed Amy then Zed
        ContestRules rules = irv("Zed", "Amy", "Bo", "Cy").batchElimination(true).build();

        CountResult result = RankedChoiceCount.count(rules,
                ballots().times(1, "Zed", "Bo").times(1, "Amy", "Bo").times(4, "Bo").times(5, "Cy").list());

        assertThat(candidates(result.tabulation().rounds().get(0), RoundAction.Type.ELIMINATED))
                .containsExactly("Amy", "Zed");
    }
}
