package org.iops.decisions.counting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.iops.decisions.counting.TestBallots.ballots;
import static org.iops.decisions.counting.TestBallots.candidates;
import static org.iops.decisions.counting.TestBallots.inactive;
import static org.iops.decisions.counting.TestBallots.tally;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankedChoiceCountTest {

    private static ContestRules.Builder irv(String... candidates) {
        return ContestRules.builder().candidates(candidates);
    }

    @Test
    void electsCandidateWithFirstRoundMajority() {
        CountResult result = RankedChoiceCount.count(irv("A", "B", "C").build(),
                ballots().times(3, "A", "B").times(1, "B").times(1, "C", "A").list());

        Tabulation tabulation = result.tabulation();
        assertThat(result.winners()).containsExactly("A");
        assertThat(tabulation.rounds()).hasSize(1);
        Round first = tabulation.rounds().get(0);
        assertThat(tally(first)).isEqualTo(Map.of("A", "3", "B", "1", "C", "1"));
        assertThat(first.threshold()).hasToString("3");
        assertThat(candidates(first, RoundAction.Type.ELECTED)).containsExactly("A");
    }

    @Test
    void eliminatesLastPlaceAndTransfersItsBallotsToNextChoices() {
        CountResult result = RankedChoiceCount.count(irv("A", "B", "C").build(),
                ballots().times(4, "A").times(3, "B").times(2, "C", "B").list());

        List<Round> rounds = result.tabulation().rounds();
        assertThat(rounds).hasSize(2);
        assertThat(candidates(rounds.get(0), RoundAction.Type.ELIMINATED)).containsExactly("C");
        assertThat(rounds.get(0).actions().get(0).transfers()).containsEntry("B", TestBallots.decimal("2"));
        assertThat(tally(rounds.get(1))).isEqualTo(Map.of("A", "4", "B", "5"));
        assertThat(result.winners()).containsExactly("B");
    }

    @Test
    void exhaustsBallotsWithoutFurtherChoicesAndRecomputesTheMajority() {
        CountResult result = RankedChoiceCount.count(irv("A", "B", "C").build(),
                ballots().times(4, "A").times(3, "B").times(2, "C").list());

        Round second = result.tabulation().rounds().get(1);
        assertThat(inactive(second, InactiveReason.EXHAUSTED_CHOICES)).isEqualTo("2");
        assertThat(second.threshold()).hasToString("4");
        assertThat(result.winners()).containsExactly("A");
    }

    @Test
    void countsBallotsWithoutRankingsAsUndervotes() {
        CountResult result = RankedChoiceCount.count(irv("A", "B").build(),
                ballots().times(2, "A").times(1, "B").add(Ballot.of()).list());

        Tabulation tabulation = result.tabulation();
        assertThat(tabulation.undervotes()).isEqualTo(1);
        assertThat(tabulation.totalBallots()).hasToString("4");
        assertThat(inactive(tabulation.rounds().get(0), InactiveReason.DID_NOT_RANK_ANY_CANDIDATES)).isEqualTo("1");
    }

    @Test
    void skipsExcludedCandidatesOnBallots() {
        ContestRules rules = ContestRules.builder()
                .candidates(List.of(Candidate.named("A"), Candidate.named("B"), new Candidate("X", List.of(), true)))
                .build();

        CountResult result = RankedChoiceCount.count(rules, ballots().times(3, "X", "B").times(2, "A").list());

        Round first = result.tabulation().rounds().get(0);
        assertThat(tally(first)).isEqualTo(Map.of("A", "2", "B", "3"));
        assertThat(result.winners()).containsExactly("B");
        assertThat(result.tabulation().numberOfCandidates()).isEqualTo(3);
    }

    @Test
    void countsAliasesForTheirCandidate() {
        ContestRules rules = ContestRules.builder()
                .candidates(List.of(new Candidate("Alice Smith", List.of("ALICE", "A. Smith"), false),
                        Candidate.named("Bob")))
                .build();

        CountResult result = RankedChoiceCount.count(rules,
                ballots().times(2, "ALICE").times(1, "A. Smith").times(2, "Bob").list());

        assertThat(tally(result.tabulation().rounds().get(0))).isEqualTo(Map.of("Alice Smith", "3", "Bob", "2"));
    }

    @Test
    void eliminatesUndeclaredWriteInsFirstEvenWhenNotLast() {
        ContestRules rules = irv("A", "B", "C").undeclaredWriteIns(true).build();

        CountResult result = RankedChoiceCount.count(rules, ballots()
                .times(3, Ballot.UNDECLARED_WRITE_IN, "C").times(4, "A").times(3, "B").times(1, "C").list());

        Round first = result.tabulation().rounds().get(0);
        assertThat(candidates(first, RoundAction.Type.ELIMINATED)).containsExactly(Ballot.UNDECLARED_WRITE_IN);
        assertThat(first.actions().get(0).transfers()).containsEntry("C", TestBallots.decimal("3"));
        assertThat(result.tabulation().numberOfCandidates()).isEqualTo(4);
    }

    @Test
    void refusesBallotsNamingUnknownCandidates() {
        assertThatThrownBy(() -> RankedChoiceCount.count(irv("A", "B").build(), ballots().times(1, "Zed").list()))
                .isInstanceOf(CountingException.class)
                .hasMessageContaining("unrecognized candidate")
                .hasMessageContaining("\"Zed\" appears 1 time(s)");
    }

    @Test
    void refusesRankingsBeyondMaxRankingsAllowed() {
        ContestRules rules = irv("A", "B", "C").maxRankingsAllowed(2).build();

        assertThatThrownBy(() -> RankedChoiceCount.count(rules, ballots().times(1, "A", "B", "C").list()))
                .isInstanceOf(CountingException.class)
                .hasMessageContaining("maxRankingsAllowed");
    }

    @Test
    void refusesACountWithoutBallots() {
        assertThatThrownBy(() -> RankedChoiceCount.count(irv("A").build(), List.of()))
                .isInstanceOf(CountingException.class)
                .hasMessageContaining("No cast vote records");
    }

    @Test
    void stopsAfterTheConfiguredRound() {
        ContestRules rules = irv("A", "B", "C", "D").stopTabulationEarlyAfterRound(1).build();

        CountResult result = RankedChoiceCount.count(rules,
                ballots().times(4, "A").times(3, "B").times(2, "C").times(1, "D").list());

        assertThat(result.tabulation().rounds()).hasSize(1);
        assertThat(result.winners()).isEmpty();
    }

    @Test
    void eliminatesEveryoneBelowTheMinimumVoteThresholdAtOnce() {
        ContestRules rules = irv("A", "B", "C", "D").minimumVoteThreshold(TestBallots.decimal("3")).build();

        CountResult result = RankedChoiceCount.count(rules,
                ballots().times(5, "A").times(4, "B").times(2, "C", "B").times(1, "D", "B").list());

        Round first = result.tabulation().rounds().get(0);
        assertThat(candidates(first, RoundAction.Type.ELIMINATED)).containsExactlyInAnyOrder("C", "D");
        assertThat(result.winners()).containsExactly("B");
    }

    @Test
    void batchEliminatesCandidatesWhoCannotCatchUp() {
        ContestRules rules = irv("A", "B", "C", "D", "E").batchElimination(true).build();

        CountResult result = RankedChoiceCount.count(rules,
                ballots().times(10, "A").times(8, "B").times(3, "C", "B").times(2, "D", "B").times(1, "E", "A").list());

        Round first = result.tabulation().rounds().get(0);
        // 1 + 2 + 3 = 6 < 8: C, D and E can't overtake B
        assertThat(candidates(first, RoundAction.Type.ELIMINATED)).containsExactlyInAnyOrder("E", "D", "C");
        assertThat(tally(result.tabulation().rounds().get(1))).isEqualTo(Map.of("A", "11", "B", "13"));
    }

    @Test
    void continuesUntilTwoCandidatesRemainAfterAWinnerIsFound() {
        ContestRules rules = irv("A", "B", "C", "D").continueUntilTwoCandidatesRemain(true).build();

        CountResult result = RankedChoiceCount.count(rules,
                ballots().times(6, "A").times(2, "B").times(1, "C").times(1, "D").list());

        List<Round> rounds = result.tabulation().rounds();
        assertThat(result.winners()).containsExactly("A");
        assertThat(rounds.get(rounds.size() - 1).tally()).containsOnlyKeys("A", "B");
    }

    @Test
    void keepsTheFirstRoundThresholdWhenTheFirstRoundDeterminesIt() {
        ContestRules rules = irv("A", "B", "C").firstRoundDeterminesThreshold(true).build();

        CountResult result = RankedChoiceCount.count(rules,
                ballots().times(4, "A").times(3, "B").times(3, "C").list());

        List<Round> rounds = result.tabulation().rounds();
        assertThat(rounds).allSatisfy(round -> assertThat(round.threshold()).hasToString("6"));
        // nobody reaches 6 with two left: the leader wins
        assertThat(result.winners()).hasSize(1);
    }

    @Test
    void batchEliminationNeverLeavesFewerThanTwoWhenContinuingUntilTwoRemain() {
        ContestRules rules = irv("A", "B", "C", "D").batchElimination(true).continueUntilTwoCandidatesRemain(true).build();

        CountResult result = RankedChoiceCount.count(rules,
                ballots().times(10, "A").times(1, "B").times(1, "C").times(1, "D").list());

        List<Round> rounds = result.tabulation().rounds();
        assertThat(rounds).hasSize(4);
        assertThat(candidates(rounds.get(0), RoundAction.Type.ELECTED)).containsExactly("A");
        // batch-eliminating B, C and D together would leave A alone: one at a time instead
        assertThat(candidates(rounds.get(1), RoundAction.Type.ELIMINATED)).containsExactly("D");
        assertThat(candidates(rounds.get(2), RoundAction.Type.ELIMINATED)).containsExactly("C");
        assertThat(rounds.get(3).tally()).containsOnlyKeys("A", "B");
    }
}
