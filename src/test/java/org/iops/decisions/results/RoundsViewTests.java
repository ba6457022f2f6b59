package org.iops.decisions.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.iops.decisions.counting.Ballot;
import org.iops.decisions.counting.ContestRules;
import org.iops.decisions.counting.CountResult;
import org.iops.decisions.counting.Explanation;
import org.iops.decisions.counting.InactiveReason;
import org.iops.decisions.counting.RankedChoiceCount;
import org.iops.decisions.counting.WinnerElectionMode;
import org.iops.decisions.results.RoundsView.CandidateLine;
import org.iops.decisions.results.RoundsView.Pass;
import org.iops.decisions.results.RoundsView.Round;
import org.iops.decisions.results.RoundsView.Status;
import org.junit.jupiter.api.Test;

/** What a member reads in each round of a ranked-choice result, worked out by hand for small counts. */
class RoundsViewTests {

    @Test
    void instantRunoffShowsEachRoundsVotesChangesAndTransfers() {
        Pass pass = RoundsView.of(SampleResults.instantRunoff()).passes().get(0);

        assertThat(pass.candidates()).containsExactly("Bruno", "Amara", "Chen");
        Round first = pass.rounds().get(0);
        assertThat(first.threshold()).isEqualByComparingTo("7");
        assertThat(votes(first)).containsExactly("4", "5", "3");
        assertThat(first.candidates()).extracting(CandidateLine::status)
                .containsExactly(Status.CONTINUING, Status.CONTINUING, Status.ELIMINATED);
        assertThat(first.events()).containsExactly(Explanation.of("decisions.rounds.eliminatedFewest",
                Explanation.name("Chen"), Explanation.votes(new BigDecimal(3))));

        Round second = pass.rounds().get(1);
        assertThat(second.threshold()).isEqualByComparingTo("6");
        CandidateLine bruno = second.candidates().get(0);
        assertThat(bruno.votes()).isEqualByComparingTo("6");
        assertThat(bruno.change()).isEqualByComparingTo("2");
        assertThat(bruno.transferredIn()).isEqualByComparingTo("2");
        assertThat(bruno.status()).isEqualTo(Status.ELECTED);
        CandidateLine chen = second.candidates().get(2);
        assertThat(chen.counted()).isFalse();
        assertThat(chen.change()).isEqualByComparingTo("-3");
        assertThat(chen.transferredOut()).isEqualByComparingTo("3");
        assertThat(chen.status()).isEqualTo(Status.ELIMINATED_BEFORE);
        assertThat(second.inactive()).singleElement().satisfies(line -> {
            assertThat(line.reason()).isEqualTo(InactiveReason.EXHAUSTED_CHOICES);
            assertThat(line.votes()).isEqualByComparingTo("1");
            assertThat(line.change()).isEqualByComparingTo("1");
            assertThat(line.messageKey()).isEqualTo("decisions.inactive.exhaustedChoices");
        });
        assertThat(second.continuing()).isEqualByComparingTo("11");
        assertThat(second.events()).containsExactly(Explanation.of("decisions.rounds.electedThreshold",
                Explanation.name("Bruno"), Explanation.votes(new BigDecimal(6)), Explanation.votes(new BigDecimal(6))));
        assertThat(pass.elected()).isEqualTo(Explanation.of("decisions.rounds.winners",
                Explanation.names(List.of("Bruno")), Explanation.count(1)));
    }

    @Test
    void singleTransferableVoteShowsFractionalSurplusTransfersAndWhoWasElectedWithoutTheThreshold() {
        RoundsView view = RoundsView.of(SampleResults.singleTransferableVote());
        Pass pass = view.passes().get(0);

        assertThat(view.winners()).containsExactly("Amara", "Chen");
        assertThat(pass.candidates()).containsExactly("Amara", "Chen", "Bruno", "Dana");
        Round first = pass.rounds().get(0);
        assertThat(first.threshold()).isEqualByComparingTo("7");
        assertThat(votes(first)).containsExactly("10", "5", "1", "2");
        assertThat(first.inactive()).extracting(RoundsView.InactiveLine::reason).contains(InactiveReason.OVERVOTE);
        assertThat(first.events()).containsExactly(
                Explanation.of("decisions.rounds.electedThreshold", Explanation.name("Amara"),
                        Explanation.votes(new BigDecimal("10")), Explanation.votes(new BigDecimal("7"))),
                Explanation.of("decisions.rounds.surplus", Explanation.name("Amara"),
                        Explanation.votes(new BigDecimal("3.0000"))));

        Round second = pass.rounds().get(1);
        assertThat(votes(second)).containsExactly("7", "6.2", "2.8", "2");
        assertThat(second.candidates().get(0).transferredOut()).isEqualByComparingTo("3");
        assertThat(second.candidates().get(0).status()).isEqualTo(Status.ELECTED_BEFORE);
        assertThat(second.candidates().get(1).transferredIn()).isEqualByComparingTo("1.2");
        assertThat(second.candidates().get(2).transferredIn()).isEqualByComparingTo("1.8");
        assertThat(second.candidates().get(2).change()).isEqualByComparingTo("1.8");
        assertThat(second.events()).containsExactly(Explanation.of("decisions.rounds.eliminatedFewest",
                Explanation.name("Dana"), Explanation.votes(new BigDecimal("2.0000"))));

        // Bruno (4.8) is eliminated in round 3; his ballots rank nobody else and are exhausted
        Round fourth = pass.rounds().get(3);
        assertThat(fourth.candidates().get(2).transferredOut()).isEqualByComparingTo("4.8");
        assertThat(fourth.inactive()).filteredOn(line -> line.reason() == InactiveReason.EXHAUSTED_CHOICES)
                .singleElement().satisfies(line -> assertThat(line.change()).isEqualByComparingTo("4.8"));
        // Chen, the only one left for the last seat, is elected below the threshold
        assertThat(fourth.candidates().get(1).status()).isEqualTo(Status.ELECTED);
        assertThat(fourth.events()).containsExactly(Explanation.of("decisions.rounds.electedRemaining",
                Explanation.name("Chen"), Explanation.votes(new BigDecimal("6.2")), Explanation.votes(BigDecimal.valueOf(7))));
    }

    @Test
    void candidatesEliminatedTogetherAreExplainedInOneSentence() {
        List<Ballot> ballots = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ballots.add(Ballot.of("A"));
        }
        for (int i = 0; i < 5; i++) {
            ballots.add(Ballot.of("B"));
        }
        ballots.add(Ballot.of("C", "B"));
        ballots.add(Ballot.of("D", "B"));
        CountResult result = RankedChoiceCount.count(ContestRules.builder().candidates("A", "B", "C", "D")
                .batchElimination(true).build(), ballots);

        Round first = RoundsView.of(result).passes().get(0).rounds().get(0);

        assertThat(first.events()).containsExactly(Explanation.of("decisions.rounds.eliminatedTogether",
                Explanation.names(List.of("C", "D")), Explanation.count(2)));
    }

    @Test
    void multiPassInstantRunoffShowsOnePassPerSeat() {
        List<Ballot> ballots = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ballots.add(Ballot.of("A", "B"));
        }
        for (int i = 0; i < 4; i++) {
            ballots.add(Ballot.of("B", "A"));
        }
        for (int i = 0; i < 2; i++) {
            ballots.add(Ballot.of("C", "B"));
        }
        CountResult result = RankedChoiceCount.count(ContestRules.builder().candidates("A", "B", "C")
                .winnerElectionMode(WinnerElectionMode.MULTI_PASS_IRV).numberOfWinners(2).build(), ballots);

        RoundsView view = RoundsView.of(result);

        assertThat(view.passes()).extracting(Pass::number).containsExactly(1, 2);
        assertThat(view.passes()).extracting(Pass::winners).containsExactly(List.of("B"), List.of("A"));
        assertThat(view.passes().get(1).candidates()).doesNotContain("B");
    }

    @Test
    void theChartDrawsEveryRoundOnOneScaleWithTransfersStackedOnWhatWasHeld() {
        Pass pass = RoundsView.of(SampleResults.instantRunoff()).passes().get(0);
        RoundChart.RoundBars second = pass.chart().rounds().get(1);

        assertThat(pass.chart().rounds()).hasSize(2);
        assertThat(second.bars()).extracting(RoundChart.Bar::name).containsExactly("Bruno", "Amara");
        RoundChart.Bar bruno = second.bars().get(0);
        // 7 (the first threshold) is the largest figure: 6 votes take 6/7 of the 300 units, 2 of them transferred
        assertThat(bruno.keptWidth() + bruno.inWidth()).isCloseTo(257.1, org.assertj.core.data.Offset.offset(0.2));
        assertThat(bruno.inWidth()).isCloseTo(85.7, org.assertj.core.data.Offset.offset(0.2));
        assertThat(second.thresholdX()).isCloseTo(257.1, org.assertj.core.data.Offset.offset(0.2));
        assertThat(bruno.description()).isEqualTo(Explanation.of("decisions.chart.barWithTransfer",
                Explanation.name("Bruno"), Explanation.votes(new BigDecimal(6)), Explanation.votes(new BigDecimal(2))));
        assertThat(pass.chart().rounds().get(0).bars().get(0).description().key()).isEqualTo("decisions.chart.bar");
    }

    private static List<String> votes(Round round) {
        return round.candidates().stream().filter(CandidateLine::counted)
                .map(line -> line.votes().stripTrailingZeros().toPlainString()).toList();
    }
}
