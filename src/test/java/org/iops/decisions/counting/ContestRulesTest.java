package org.iops.decisions.counting;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Rule combinations RCTab's validation refuses are refused here too, naming the option. */
class ContestRulesTest {

    private static ContestRules.Builder base() {
        return ContestRules.builder().candidates("A", "B", "C");
    }

    @Test
    void refusesAWinnerElectionModeThatDoesNotFitTheNumberOfSeats() {
        assertThatThrownBy(() -> base().winnerElectionMode(WinnerElectionMode.MULTI_PASS_IRV).build())
                .hasMessageContaining("winnerElectionMode");
        assertThatThrownBy(() -> base().numberOfWinners(2).build()).hasMessageContaining("singleWinnerMajority");
    }

    @Test
    void refusesARandomTieBreakWithoutSeed() {
        assertThatThrownBy(() -> base().tiebreakMode(TiebreakMode.RANDOM).build()).hasMessageContaining("randomSeed");
    }

    @Test
    void refusesHareQuotaOutsideSingleTransferableVote() {
        assertThatThrownBy(() -> base().hareQuota(true).build()).hasMessageContaining("hareQuota");
    }

    @Test
    void refusesNonIntegerThresholdTogetherWithHareQuota() {
        assertThatThrownBy(() -> base().numberOfWinners(2)
                .winnerElectionMode(WinnerElectionMode.MULTI_WINNER_ALLOW_MULTIPLE_WINNERS_PER_ROUND)
                .hareQuota(true).nonIntegerWinningThreshold(true).build())
                .hasMessageContaining("nonIntegerWinningThreshold and hareQuota");
    }

    @Test
    void refusesBatchEliminationInAMultiSeatCount() {
        assertThatThrownBy(() -> base().numberOfWinners(2).winnerElectionMode(WinnerElectionMode.BOTTOMS_UP)
                .batchElimination(true).build()).hasMessageContaining("batchElimination");
    }

    @Test
    void refusesZeroSeatsOutsideThePercentageMode() {
        assertThatThrownBy(() -> base().numberOfWinners(0).build()).hasMessageContaining("numberOfWinners");
        assertThatThrownBy(() -> base().numberOfWinners(0)
                .winnerElectionMode(WinnerElectionMode.BOTTOMS_UP_USING_PERCENTAGE_THRESHOLD).build())
                .hasMessageContaining("multiSeatBottomsUpPercentageThreshold");
    }

    @Test
    void refusesDuplicateCandidateNamesAndAliases() {
        assertThatThrownBy(() -> ContestRules.builder().candidates("A", "A").build())
                .hasMessageContaining("duplicate candidate name");
    }

    @Test
    void refusesOutOfRangeNumbers() {
        assertThatThrownBy(() -> base().decimalPlacesForVoteArithmetic(0).build())
                .hasMessageContaining("decimalPlacesForVoteArithmetic");
        assertThatThrownBy(() -> base().minimumVoteThreshold(new BigDecimal("-1")).build())
                .hasMessageContaining("minimumVoteThreshold");
        assertThatThrownBy(() -> base().maxRankingsAllowed(0).build()).hasMessageContaining("maxRankingsAllowed");
    }
}
