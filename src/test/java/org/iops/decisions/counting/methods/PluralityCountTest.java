package org.iops.decisions.counting.methods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.iops.decisions.counting.Explanation;
import org.junit.jupiter.api.Test;

class PluralityCountTest {

    private static final List<String> OPTIONS = List.of("Athens", "Berlin", "Cairo");

    /** Ballots from counts per option, in OPTIONS order. */
    static List<SelectionBallot> votes(long... perOption) {
        List<SelectionBallot> ballots = new ArrayList<>();
        for (int i = 0; i < perOption.length; i++) {
            ballots.addAll(Collections.nCopies((int) perOption[i], SelectionBallot.of(OPTIONS.get(i))));
        }
        return ballots;
    }

    @Test
    void theOptionWithMostVotesWinsTheSeat() {
        SeatResult result = PluralityCount.count(SeatRules.singleWinner(OPTIONS, TieBreak.reportTie()), votes(4, 7, 2));

        assertThat(result.winners()).containsExactly("Berlin");
        assertThat(result.tallies()).containsExactly(
                new OptionTally("Athens", 4), new OptionTally("Berlin", 7), new OptionTally("Cairo", 2));
        assertThat(result.ranking()).containsExactly(List.of("Berlin"), List.of("Athens"), List.of("Cairo"));
        assertThat(result.ties()).isEmpty();
        assertThat(result.unfilledSeats()).isZero();
        assertThat(result.summary()).containsExactly(
                Explanation.of("decisions.seats.method", Explanation.word("decisions.method", "plurality"),
                        Explanation.count(1)),
                Explanation.of("decisions.seats.tally", Explanation.name("Athens"), Explanation.count(4)),
                Explanation.of("decisions.seats.tally", Explanation.name("Berlin"), Explanation.count(7)),
                Explanation.of("decisions.seats.tally", Explanation.name("Cairo"), Explanation.count(2)),
                Explanation.of("decisions.seats.elected", Explanation.names(List.of("Berlin")), Explanation.count(1)),
                Explanation.of("decisions.ballots.cast", Explanation.count(13), Explanation.count(0)));
    }

    @Test
    void severalSeatsGoToTheTopOptions() {
        SeatResult result = PluralityCount.count(new SeatRules(OPTIONS, 2, TieBreak.reportTie()), votes(4, 7, 2));

        assertThat(result.winners()).containsExactly("Berlin", "Athens");
    }

    @Test
    void blankBallotsAreReportedAndCountForNoOption() {
        List<SelectionBallot> ballots = new ArrayList<>(votes(1, 2, 0));
        ballots.add(SelectionBallot.blank());

        SeatResult result = PluralityCount.count(SeatRules.singleWinner(OPTIONS, TieBreak.reportTie()), ballots);

        assertThat(result.ballots().cast()).isEqualTo(4);
        assertThat(result.ballots().counted()).isEqualTo(3);
        assertThat(result.ballots().inactive()).containsExactly(java.util.Map.entry(InactiveReason.BLANK, 1L));
        assertThat(result.votesFor("Berlin")).isEqualTo(2);
    }

    @Test
    void aTieForTheSeatIsReportedAndTheSeatLeftOpen() {
        SeatResult result = PluralityCount.count(SeatRules.singleWinner(OPTIONS, TieBreak.reportTie()), votes(5, 5, 1));

        assertThat(result.winners()).isEmpty();
        assertThat(result.unfilledSeats()).isEqualTo(1);
        assertThat(result.ranking().get(0)).containsExactly("Athens", "Berlin");
        assertThat(result.ties()).singleElement().satisfies(tie -> {
            assertThat(tie.tied()).containsExactly("Athens", "Berlin");
            assertThat(tie.seats()).isEqualTo(1);
            assertThat(tie.unresolved()).isTrue();
        });
        assertThat(result.summary()).contains(Explanation.of("decisions.seats.nobodyElected"),
                Explanation.of("decisions.tie.unresolved", Explanation.names(List.of("Athens", "Berlin")),
                        Explanation.count(1), Explanation.part(TieBreak.reportTie().describe())));
    }

    @Test
    void optionOrderBreaksTheTieInFavourOfTheOptionListedFirst() {
        SeatResult result = PluralityCount.count(SeatRules.singleWinner(OPTIONS, TieBreak.optionOrder()), votes(1, 5, 5));

        assertThat(result.winners()).containsExactly("Berlin");
        assertThat(result.ties()).singleElement().satisfies(tie -> {
            assertThat(tie.tied()).containsExactly("Berlin", "Cairo");
            assertThat(tie.seated()).containsExactly("Berlin");
            assertThat(tie.rule()).isEqualTo(Explanation.of("decisions.tieBreak.optionOrder"));
        });
    }

    @Test
    void seededRandomTieBreakIsRepeatableAndRecordsTheDraw() {
        SeatRules rules = SeatRules.singleWinner(OPTIONS, TieBreak.seededRandom(7));

        SeatResult first = PluralityCount.count(rules, votes(3, 3, 3));
        SeatResult second = PluralityCount.count(rules, votes(3, 3, 3));

        assertThat(first).isEqualTo(second);
        TieResolution tie = first.ties().get(0);
        assertThat(tie.order()).containsExactlyInAnyOrderElementsOf(OPTIONS);
        assertThat(first.winners()).containsExactly(tie.order().get(0));
        assertThat(tie.rule()).isEqualTo(Explanation.of("decisions.tieBreak.seededRandom", Explanation.name("7")));
    }

    @Test
    void aTieBelowTheSeatsNeedsNoTieBreak() {
        SeatResult result = PluralityCount.count(SeatRules.singleWinner(OPTIONS, TieBreak.reportTie()), votes(9, 2, 2));

        assertThat(result.winners()).containsExactly("Athens");
        assertThat(result.ties()).isEmpty();
        assertThat(result.ranking()).containsExactly(List.of("Athens"), List.of("Berlin", "Cairo"));
    }

    @Test
    void aTieAcrossTheLastOfSeveralSeatsFillsOnlyTheClearSeats() {
        SeatResult result = PluralityCount.count(new SeatRules(OPTIONS, 2, TieBreak.reportTie()), votes(9, 2, 2));

        assertThat(result.winners()).containsExactly("Athens");
        assertThat(result.unfilledSeats()).isEqualTo(1);
        assertThat(result.ties().get(0).tied()).containsExactly("Berlin", "Cairo");
    }

    @Test
    void theResultDoesNotDependOnBallotOrder() {
        Random random = new Random(11);
        List<SelectionBallot> ballots = new ArrayList<>(votes(6, 6, 3));
        ballots.add(SelectionBallot.blank());
        SeatRules rules = SeatRules.singleWinner(OPTIONS, TieBreak.seededRandom(99));
        SeatResult expected = PluralityCount.count(rules, ballots);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(ballots, random);
            assertThat(PluralityCount.count(rules, ballots)).isEqualTo(expected);
        }
    }

    @Test
    void rejectsABallotWithTwoChoices() {
        List<SelectionBallot> ballots = List.of(SelectionBallot.of("Athens"), SelectionBallot.of("Athens", "Cairo"));

        assertThatThrownBy(() -> PluralityCount.count(SeatRules.singleWinner(OPTIONS, TieBreak.reportTie()), ballots))
                .isInstanceOf(InvalidBallotException.class)
                .hasMessage("Ballot 2: marks 2 options [Athens, Cairo] but plurality allows 1")
                .satisfies(e -> assertThat(((InvalidBallotException) e).ballotNumber()).isEqualTo(2));
    }

    @Test
    void rejectsAnUnknownOption() {
        assertThatThrownBy(() -> PluralityCount.count(
                SeatRules.singleWinner(OPTIONS, TieBreak.reportTie()), List.of(SelectionBallot.of("Dakar"))))
                .isInstanceOf(InvalidBallotException.class)
                .hasMessage("Ballot 1: marks 'Dakar', which is not an option of this poll");
    }

    @Test
    void rejectsAnEmptyOptionList() {
        assertThatThrownBy(() -> SeatRules.singleWinner(List.of(), TieBreak.reportTie()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The poll has no options");
    }

    @Test
    void rejectsMoreSeatsThanOptionsAndDuplicateOptions() {
        assertThatThrownBy(() -> new SeatRules(OPTIONS, 4, TieBreak.reportTie()))
                .isInstanceOf(InvalidCountException.class)
                .hasMessageContaining("Seats must be between 1 and the number of options (3), got 4");
        assertThatThrownBy(() -> new SeatRules(List.of("A", "A"), 1, TieBreak.reportTie()))
                .isInstanceOf(InvalidCountException.class)
                .hasMessage("The option 'A' is listed twice");
    }
}
