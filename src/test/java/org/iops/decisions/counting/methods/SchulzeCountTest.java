package org.iops.decisions.counting.methods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.iops.decisions.counting.Explanation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SchulzeCountTest {

    /** Ballots written as "count order", e.g. "5 ACBED" for five voters ranking A > C > B > E > D. */
    static List<RankedBallot> ballots(String... lines) {
        List<RankedBallot> ballots = new ArrayList<>();
        for (String line : lines) {
            String[] parts = line.split(" ");
            RankedBallot ballot = RankedBallot.of(parts[1].split(""));
            ballots.addAll(Collections.nCopies(Integer.parseInt(parts[0]), ballot));
        }
        return ballots;
    }

    static SchulzeResult count(String options, List<RankedBallot> ballots) {
        return SchulzeCount.count(SeatRules.singleWinner(List.of(options.split("")), TieBreak.reportTie()), ballots);
    }

    static List<List<Long>> table(long[]... rows) {
        return java.util.Arrays.stream(rows).map(row -> java.util.Arrays.stream(row).boxed().toList()).toList();
    }

    /** The worked examples of Schulze's paper (section 3), also the Wikipedia and Electowiki examples. */
    @Nested
    class PublishedExamples {

        @Test
        void example1With45VotersRanksEAboveAAboveCAboveBAboveD() {
            SchulzeResult result = count("ABCDE", ballots(
                    "5 ACBED", "5 ADECB", "8 BEDAC", "3 CABED", "7 CAEBD", "2 CBADE", "7 DCEBA", "8 EBADC"));

            assertThat(result.pairwise().values()).isEqualTo(table(
                    new long[] {0, 20, 26, 30, 22},
                    new long[] {25, 0, 16, 33, 18},
                    new long[] {19, 29, 0, 17, 24},
                    new long[] {15, 12, 28, 0, 14},
                    new long[] {23, 27, 21, 31, 0}));
            assertThat(result.strongestPaths().values()).isEqualTo(table(
                    new long[] {0, 28, 28, 30, 24},
                    new long[] {25, 0, 28, 33, 24},
                    new long[] {25, 29, 0, 29, 24},
                    new long[] {25, 28, 28, 0, 24},
                    new long[] {25, 28, 28, 31, 0}));
            assertThat(result.rankingText()).isEqualTo("E > A > C > B > D");
            assertThat(result.winners()).containsExactly("E");
            assertThat(result.ballots().cast()).isEqualTo(45);
            assertThat(result.summary()).startsWith(
                    Explanation.of("decisions.schulze.ranking", Explanation.name("E > A > C > B > D")),
                    Explanation.of("decisions.seats.elected", Explanation.names(List.of("E")), Explanation.count(1)));
        }

        @Test
        void example2With30VotersRanksDAboveAAboveCAboveB() {
            SchulzeResult result = count("ABCD", ballots(
                    "5 ACBD", "2 ACDB", "3 ADCB", "4 BACD", "3 CBDA", "3 CDBA", "1 DACB", "5 DBAC", "4 DCBA"));

            assertThat(result.pairwise().values()).isEqualTo(table(
                    new long[] {0, 11, 20, 14},
                    new long[] {19, 0, 9, 12},
                    new long[] {10, 21, 0, 17},
                    new long[] {16, 18, 13, 0}));
            assertThat(result.strongestPaths().values()).isEqualTo(table(
                    new long[] {0, 20, 20, 17},
                    new long[] {19, 0, 19, 17},
                    new long[] {19, 21, 0, 17},
                    new long[] {18, 18, 18, 0}));
            assertThat(result.rankingText()).isEqualTo("D > A > C > B");
        }

        @Test
        void example3With30VotersRanksBAboveAAboveDAboveEAboveC() {
            SchulzeResult result = count("ABCDE", ballots(
                    "3 ABDEC", "5 ADEBC", "1 ADECB", "2 BADEC", "2 BDECA", "4 CABDE", "6 CBADE", "2 DBECA", "5 DECAB"));

            // Every voter ranks D above E, so d[D,E] is the whole electorate and d[E,D] is 0.
            assertThat(result.pairwise().get("D", "E")).isEqualTo(30);
            assertThat(result.pairwise().get("E", "D")).isZero();
            assertThat(result.strongestPaths().get("B", "A")).isEqualTo(19);
            assertThat(result.strongestPaths().get("A", "B")).isEqualTo(18);
            assertThat(result.rankingText()).isEqualTo("B > A > D > E > C");
        }

        @Test
        void example4With9VotersTiesBWithDAndAWithC() {
            SchulzeResult result = count("ABCD", ballots("3 ABCD", "2 DABC", "2 DBCA", "2 CBDA"));

            assertThat(result.pairwise().values()).isEqualTo(table(
                    new long[] {0, 5, 5, 3},
                    new long[] {4, 0, 7, 5},
                    new long[] {4, 2, 0, 5},
                    new long[] {6, 4, 4, 0}));
            assertThat(result.strongestPaths().values()).isEqualTo(table(
                    new long[] {0, 5, 5, 5},
                    new long[] {5, 0, 7, 5},
                    new long[] {5, 5, 0, 5},
                    new long[] {6, 5, 5, 0}));
            assertThat(result.ranking()).containsExactly(List.of("B", "D"), List.of("A", "C"));
            assertThat(result.beats("D", "A")).isTrue();
            assertThat(result.beats("B", "C")).isTrue();
            assertThat(result.beats("B", "D")).isFalse();
            assertThat(result.beats("D", "B")).isFalse();
        }
    }

    @Nested
    class TiesForTheSeat {

        private final List<RankedBallot> example4 = ballots("3 ABCD", "2 DABC", "2 DBCA", "2 CBDA");

        @Test
        void reportsTheTieAndLeavesTheSeatOpen() {
            SchulzeResult result = SchulzeCount.count(
                    SeatRules.singleWinner(List.of("A", "B", "C", "D"), TieBreak.reportTie()), example4);

            assertThat(result.winners()).isEmpty();
            assertThat(result.unfilledSeats()).isEqualTo(1);
            assertThat(result.ties()).singleElement().satisfies(tie -> {
                assertThat(tie.tied()).containsExactly("B", "D");
                assertThat(tie.unresolved()).isTrue();
            });
            assertThat(result.summary()).contains(Explanation.of("decisions.tie.unresolved",
                    Explanation.names(List.of("B", "D")), Explanation.count(1),
                    Explanation.part(Explanation.of("decisions.tieBreak.reportTie"))));
        }

        @Test
        void optionOrderGivesTheSeatToTheOptionListedFirst() {
            SchulzeResult result = SchulzeCount.count(
                    SeatRules.singleWinner(List.of("D", "C", "B", "A"), TieBreak.optionOrder()), example4);

            assertThat(result.winners()).containsExactly("D");
            assertThat(result.ties()).singleElement().satisfies(tie -> assertThat(tie.seated()).containsExactly("D"));
        }

        @Test
        void seededRandomDrawIsRepeatableForTheSameSeed() {
            SeatRules rules = SeatRules.singleWinner(List.of("A", "B", "C", "D"), TieBreak.seededRandom(2026));

            SchulzeResult first = SchulzeCount.count(rules, example4);
            SchulzeResult again = SchulzeCount.count(rules, example4);

            assertThat(first.winners()).hasSize(1).isSubsetOf("B", "D");
            assertThat(again).isEqualTo(first);
        }

        @Test
        void twoSeatsGoToBothOptionsOfTheTiedFirstPlaceWithoutATieBreak() {
            SchulzeResult result = SchulzeCount.count(
                    new SeatRules(List.of("A", "B", "C", "D"), 2, TieBreak.reportTie()), example4);

            assertThat(result.winners()).containsExactly("B", "D");
            assertThat(result.ties()).isEmpty();
        }
    }

    @Nested
    class Ballots {

        @Test
        void equalRanksAndUnrankedOptionsGiveNoPreferenceBetweenThem() {
            // A=B > C, D unranked: A and B are each above C and D; A vs B and C vs D are equal.
            SchulzeResult result = count("ABCD", List.of(RankedBallot.parse("A=B>C")));

            assertThat(result.pairwise().get("A", "C")).isEqualTo(1);
            assertThat(result.pairwise().get("B", "D")).isEqualTo(1);
            assertThat(result.pairwise().get("C", "D")).isEqualTo(1);
            assertThat(result.pairwise().get("A", "B")).isZero();
            assertThat(result.pairwise().get("B", "A")).isZero();
            assertThat(result.pairwise().get("D", "C")).isZero();
            assertThat(result.ranking()).containsExactly(List.of("A", "B"), List.of("C"), List.of("D"));
        }

        @Test
        void blankBallotsAreCountedAsBlankAndChangeNothing() {
            List<RankedBallot> withBlanks = new ArrayList<>(ballots("2 ABC", "1 BCA"));
            withBlanks.add(RankedBallot.blank());
            withBlanks.add(RankedBallot.parse(""));

            SchulzeResult result = count("ABC", withBlanks);

            assertThat(result.ballots().cast()).isEqualTo(5);
            assertThat(result.ballots().counted()).isEqualTo(3);
            assertThat(result.ballots().inactive()).containsEntry(InactiveReason.BLANK, 2L);
            assertThat(result.pairwise()).isEqualTo(count("ABC", ballots("2 ABC", "1 BCA")).pairwise());
        }

        @Test
        void noBallotsAtAllTiesEveryOption() {
            SchulzeResult result = count("ABC", List.of());

            assertThat(result.ranking()).containsExactly(List.of("A", "B", "C"));
            assertThat(result.winners()).isEmpty();
        }

        @Test
        void rejectsAnUnknownOptionNamingTheBallot() {
            assertThatThrownBy(() -> count("ABC", List.of(RankedBallot.of("A"), RankedBallot.of("A", "Z"))))
                    .isInstanceOf(InvalidBallotException.class)
                    .hasMessage("Ballot 2: ranks 'Z', which is not an option of this poll");
        }

        @Test
        void rejectsAnOptionRankedTwice() {
            assertThatThrownBy(() -> count("ABC", List.of(RankedBallot.parse("A>B>A"))))
                    .isInstanceOf(InvalidBallotException.class)
                    .hasMessage("Ballot 1: ranks 'A' more than once");
        }

        @Test
        void rejectsAnEmptyRank() {
            assertThatThrownBy(() -> count("ABC", List.of(RankedBallot.parse("A>>B"))))
                    .isInstanceOf(InvalidBallotException.class)
                    .hasMessageContaining("empty rank at position 2");
        }

        @Test
        void rejectsAMissingName() {
            RankedBallot withNull = new RankedBallot(List.of(java.util.Arrays.asList("A", null)));

            assertThatThrownBy(() -> count("ABC", List.of(withNull)))
                    .isInstanceOf(InvalidBallotException.class)
                    .hasMessage("Ballot 1: has an empty name at rank 1");
        }

        @Test
        void compactNotationRoundTrips() {
            assertThat(RankedBallot.parse("A > B = C > D").toString()).isEqualTo("A>B=C>D");
        }
    }
}
