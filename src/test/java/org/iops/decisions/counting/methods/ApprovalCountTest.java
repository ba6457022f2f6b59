package org.iops.decisions.counting.methods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ApprovalCountTest {

    private static final List<String> OPTIONS = List.of("Garden", "Library", "Kitchen", "Radio");

    @Test
    void eachApprovalCountsOnceAndTheMostApprovedOptionsWin() {
        List<SelectionBallot> ballots = List.of(
                SelectionBallot.of("Garden", "Library"),
                SelectionBallot.of("Library", "Kitchen"),
                SelectionBallot.of("Library"),
                SelectionBallot.of("Garden", "Kitchen", "Radio"),
                SelectionBallot.of("Garden"));

        SeatResult result = ApprovalCount.count(new SeatRules(OPTIONS, 2, TieBreak.reportTie()), ballots);

        assertThat(result.method()).isEqualTo("approval");
        assertThat(result.tallies()).extracting(OptionTally::votes).containsExactly(3L, 3L, 2L, 1L);
        assertThat(result.winners()).containsExactly("Garden", "Library");
        assertThat(result.ties()).isEmpty();
        assertThat(result.ballots().counted()).isEqualTo(5);
    }

    @Test
    void approvingEveryOptionIsAllowedAndApprovingNoneIsBlank() {
        List<SelectionBallot> ballots = List.of(
                new SelectionBallot(OPTIONS), SelectionBallot.blank(), SelectionBallot.of("Radio"));

        SeatResult result = ApprovalCount.count(SeatRules.singleWinner(OPTIONS, TieBreak.reportTie()), ballots);

        assertThat(result.winners()).containsExactly("Radio");
        assertThat(result.votesFor("Garden")).isEqualTo(1);
        assertThat(result.ballots().blank()).isEqualTo(1);
        assertThat(result.ballots().counted()).isEqualTo(2);
    }

    @Test
    void aTieForTheLastSeatGoesToTheTieBreakRule() {
        List<SelectionBallot> ballots = List.of(
                SelectionBallot.of("Garden", "Library", "Kitchen"),
                SelectionBallot.of("Garden", "Kitchen", "Library"),
                SelectionBallot.of("Garden"));

        SeatResult reported = ApprovalCount.count(new SeatRules(OPTIONS, 2, TieBreak.reportTie()), ballots);
        SeatResult byOrder = ApprovalCount.count(
                new SeatRules(List.of("Radio", "Kitchen", "Library", "Garden"), 2, TieBreak.optionOrder()), ballots);

        assertThat(reported.winners()).containsExactly("Garden");
        assertThat(reported.unfilledSeats()).isEqualTo(1);
        assertThat(reported.ties().get(0).tied()).containsExactly("Library", "Kitchen");
        assertThat(byOrder.winners()).containsExactly("Garden", "Kitchen");
        assertThat(byOrder.ties().get(0).seated()).containsExactly("Kitchen");
    }

    @Test
    void rejectsTheSameOptionApprovedTwice() {
        assertThatThrownBy(() -> ApprovalCount.count(SeatRules.singleWinner(OPTIONS, TieBreak.reportTie()),
                List.of(SelectionBallot.of("Radio", "Radio"))))
                .isInstanceOf(InvalidBallotException.class)
                .hasMessage("Ballot 1: marks 'Radio' twice");
    }

    @Test
    void rejectsAnEmptyMark() {
        assertThatThrownBy(() -> ApprovalCount.count(SeatRules.singleWinner(OPTIONS, TieBreak.reportTie()),
                List.of(new SelectionBallot(java.util.Arrays.asList("Radio", null)))))
                .isInstanceOf(InvalidBallotException.class)
                .hasMessage("Ballot 1: has an empty mark");
    }

    @Test
    void rejectsAnUnknownOptionAndAMissingBallot() {
        SeatRules rules = SeatRules.singleWinner(OPTIONS, TieBreak.reportTie());

        assertThatThrownBy(() -> ApprovalCount.count(rules, List.of(SelectionBallot.of("Garden", "Pool"))))
                .isInstanceOf(InvalidBallotException.class)
                .hasMessage("Ballot 1: marks 'Pool', which is not an option of this poll");
        assertThatThrownBy(() -> ApprovalCount.count(rules, java.util.Arrays.asList(SelectionBallot.blank(), null)))
                .isInstanceOf(InvalidBallotException.class)
                .hasMessage("Ballot 2: is missing");
    }
}
