package org.iops.decisions.counting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iops.decisions.counting.TestBallots.ballots;
import static org.iops.decisions.counting.TestBallots.candidates;
import static org.iops.decisions.counting.TestBallots.inactive;
import static org.iops.decisions.counting.TestBallots.tally;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Single transferable vote, bottoms-up and multi-pass IRV. */
class MultiWinnerTest {

    private static ContestRules.Builder stv(int seats, String... candidates) {
        return ContestRules.builder().candidates(candidates).numberOfWinners(seats)
                .winnerElectionMode(WinnerElectionMode.MULTI_WINNER_ALLOW_MULTIPLE_WINNERS_PER_ROUND);
    }

    @Test
    void transfersSurplusFractionallyAndKeepsWinnersAtTheThreshold() {
        CountResult result = RankedChoiceCount.count(stv(2, "A", "B", "C").build(),
                ballots().times(6, "A", "B").times(1, "B").times(3, "C").list());

        List<Round> rounds = result.tabulation().rounds();
        assertThat(result.winners()).containsExactly("A", "C");
        assertThat(rounds).hasSize(4);
        // 6 - 4 = 2 surplus, transferred at 2 / 6 = 0.3333 of each ballot
        assertThat(rounds.get(0).threshold()).hasToString("4");
        assertThat(rounds.get(0).actions().get(0).transfers())
                .isEqualTo(Map.of("B", new BigDecimal("1.9998"), "residual surplus", new BigDecimal("0.0002")));
        assertThat(tally(rounds.get(1))).isEqualTo(Map.of("A", "4", "B", "2.9998", "C", "3"));
        assertThat(candidates(rounds.get(1), RoundAction.Type.ELIMINATED)).containsExactly("B");
        assertThat(inactive(rounds.get(2), InactiveReason.EXHAUSTED_CHOICES)).isEqualTo("2.9998");
        assertThat(candidates(rounds.get(2), RoundAction.Type.ELECTED)).containsExactly("C");
        // the extra round shows the last winner's (empty) surplus leaving the count
        assertThat(tally(rounds.get(3))).isEqualTo(Map.of("A", "4", "C", "3.0000"));
        assertThat(inactive(rounds.get(3), InactiveReason.FINAL_ROUND_SURPLUS)).isEqualTo("0.0000");
    }

    @Test
    void keepsEveryConfiguredDecimalPlaceOfTransferredValues() {
        CountResult result = RankedChoiceCount.count(stv(2, "A", "B", "C").decimalPlacesForVoteArithmetic(12).build(),
                ballots().times(6, "A", "B").times(1, "B").times(3, "C").list());

        List<Round> rounds = result.tabulation().rounds();
        assertThat(rounds.get(0).actions().get(0).transfers()).isEqualTo(Map.of(
                "B", new BigDecimal("1.999999999998"), "residual surplus", new BigDecimal("0.000000000002")));
        assertThat(tally(rounds.get(1))).isEqualTo(Map.of("A", "4", "B", "2.999999999998", "C", "3"));
        assertThat(tally(rounds.get(3))).isEqualTo(Map.of("A", "4", "C", "3.000000000000"));
    }

    @Test
    void electsOnlyTheTopCandidateOfARoundWhenOnlyOneWinnerPerRound() {
        List<Ballot> ballots = ballots().times(5, "A", "C").times(4, "B").times(1, "C").list();

        CountResult oneAtATime = RankedChoiceCount.count(stv(2, "A", "B", "C")
                .winnerElectionMode(WinnerElectionMode.MULTI_WINNER_ALLOW_ONLY_ONE_WINNER_PER_ROUND).build(), ballots);
        CountResult together = RankedChoiceCount.count(stv(2, "A", "B", "C").build(), ballots);

        assertThat(candidates(oneAtATime.tabulation().rounds().get(0), RoundAction.Type.ELECTED)).containsExactly("A");
        assertThat(oneAtATime.winners()).containsExactly("A", "B");
        assertThat(candidates(together.tabulation().rounds().get(0), RoundAction.Type.ELECTED))
                .containsExactlyInAnyOrder("A", "B");
    }

    @Test
    void computesTheHareQuotaWhenConfigured() {
        CountResult result = RankedChoiceCount.count(stv(2, "A", "B", "C").hareQuota(true).build(),
                ballots().times(5, "A").times(3, "B").times(2, "C").list());

        assertThat(result.tabulation().rounds().get(0).threshold()).hasToString("5");
    }

    @Test
    void computesANonIntegerDroopThresholdWhenConfigured() {
        CountResult result = RankedChoiceCount.count(stv(2, "A", "B", "C").nonIntegerWinningThreshold(true).build(),
                ballots().times(5, "A").times(3, "B").times(2, "C").list());

        assertThat(result.tabulation().rounds().get(0).threshold()).hasToString("3.3334");
    }

    @Test
    void bottomsUpEliminatesUntilAsManyCandidatesRemainAsSeats() {
        ContestRules rules = ContestRules.builder().candidates("A", "B", "C", "D").numberOfWinners(2)
                .winnerElectionMode(WinnerElectionMode.BOTTOMS_UP).build();

        CountResult result = RankedChoiceCount.count(rules,
                ballots().times(5, "A").times(4, "B").times(3, "C").times(2, "D").list());

        List<Round> rounds = result.tabulation().rounds();
        assertThat(rounds).hasSize(3);
        assertThat(result.winners()).containsExactlyInAnyOrder("A", "B");
        assertThat(tally(rounds.get(2))).isEqualTo(Map.of("A", "5", "B", "4"));
    }

    @Test
    void bottomsUpWithAPercentageElectsWhenEveryoneLeftHasMoreThanTheShare() {
        ContestRules rules = ContestRules.builder().candidates("A", "B", "C", "D").numberOfWinners(0)
                .winnerElectionMode(WinnerElectionMode.BOTTOMS_UP_USING_PERCENTAGE_THRESHOLD)
                .bottomsUpPercentageThreshold(new BigDecimal("25")).build();

        CountResult result = RankedChoiceCount.count(rules,
                ballots().times(5, "A").times(4, "B").times(3, "C").times(2, "D").list());

        List<Round> rounds = result.tabulation().rounds();
        assertThat(rounds.get(0).threshold()).hasToString("3.50");
        assertThat(rounds.get(1).threshold()).hasToString("3.00");
        assertThat(rounds.get(2).threshold()).hasToString("2.25");
        assertThat(result.winners()).containsExactlyInAnyOrder("A", "B");
        assertThat(result.tabulation().numberOfWinners()).isZero();
    }

    @Test
    void multiPassIrvRunsOnePassPerSeatExcludingEarlierWinners() {
        ContestRules rules = ContestRules.builder().candidates("A", "B", "C").numberOfWinners(2)
                .winnerElectionMode(WinnerElectionMode.MULTI_PASS_IRV).build();

        CountResult result = RankedChoiceCount.count(rules,
                ballots().times(6, "A", "B").times(3, "B").times(2, "C", "B").list());

        assertThat(result.passes()).hasSize(2);
        assertThat(result.winners()).containsExactly("A", "B");
        Round secondPassFirstRound = result.passes().get(1).rounds().get(0);
        assertThat(tally(secondPassFirstRound)).isEqualTo(Map.of("B", "9", "C", "2"));
        assertThat(result.passes()).allSatisfy(pass -> assertThat(pass.numberOfWinners()).isEqualTo(1));
    }
}
