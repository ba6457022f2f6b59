package org.iops.decisions.counting.methods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.iops.decisions.counting.Explanation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class YesNoCountTest {

    private static YesNoResult count(Quorum quorum, Threshold threshold, long electorate, long yes, long no, long abstain) {
        return YesNoCount.count(new YesNoRules(quorum, threshold), electorate, yes, no, abstain);
    }

    @Nested
    class SimpleMajority {

        @Test
        void moreYesThanNoPasses() {
            YesNoResult result = YesNoCount.count(YesNoRules.simpleMajority(), 20, 6, 4, 0);

            assertThat(result.outcome()).isEqualTo(DecisionOutcome.PASSED);
            assertThat(result.passed()).isTrue();
            assertThat(result.noReply()).isEqualTo(10);
        }

        @Test
        void anExactTieFailsBecauseSimpleMajorityMeansMoreThanHalf() {
            YesNoResult result = YesNoCount.count(YesNoRules.simpleMajority(), 20, 5, 5, 3);

            assertThat(result.outcome()).isEqualTo(DecisionOutcome.REJECTED);
            assertThat(result.threshold().base()).isEqualTo(10);
            assertThat(result.threshold().required()).isEqualTo(6);
        }

        @Test
        void abstentionsAreLeftOutOfTheBaseWhenTheRuleSaysSo() {
            YesNoResult excluded = count(Quorum.none(), Threshold.simpleMajority(), 30, 5, 4, 10);
            YesNoResult included = count(Quorum.none(),
                    Threshold.moreThan(Fraction.HALF, VoteBase.ALL_BALLOTS), 30, 5, 4, 10);

            assertThat(excluded.passed()).isTrue();
            assertThat(included.passed()).isFalse();
            assertThat(included.threshold().base()).isEqualTo(19);
            assertThat(included.threshold().required()).isEqualTo(10);
            assertThat(included.threshold().rule()).isEqualTo(Explanation.of("decisions.threshold.moreThan",
                    Explanation.share(1, 2), Explanation.part(Explanation.of("decisions.base.allBallots"))));
        }

        @Test
        void anAbsoluteMajorityCountsTheWholeElectorate() {
            Threshold absolute = Threshold.moreThan(Fraction.HALF, VoteBase.ELECTORATE);

            assertThat(count(Quorum.none(), absolute, 40, 20, 0, 0).passed()).isFalse();
            assertThat(count(Quorum.none(), absolute, 40, 21, 0, 0).passed()).isTrue();
        }

        @Test
        void noVotesForOrAgainstNeverPasses() {
            YesNoResult result = YesNoCount.count(YesNoRules.simpleMajority(), 10, 0, 0, 4);

            assertThat(result.outcome()).isEqualTo(DecisionOutcome.REJECTED);
            assertThat(result.threshold().required()).isEqualTo(1);
        }
    }

    @Nested
    class TwoThirds {

        @Test
        void exactlyTwoThirdsPassesUnderAtLeastTwoThirds() {
            YesNoResult result = count(Quorum.none(), Threshold.twoThirds(), 100, 20, 10, 7);

            assertThat(result.passed()).isTrue();
            assertThat(result.threshold().required()).isEqualTo(20);
        }

        @Test
        void oneVoteShortOfTwoThirdsFails() {
            assertThat(count(Quorum.none(), Threshold.twoThirds(), 100, 19, 10, 0).passed()).isFalse();
            assertThat(count(Quorum.none(), Threshold.twoThirds(), 100, 9, 5, 0).passed()).isFalse();
        }

        @Test
        void exactlyTwoThirdsFailsUnderMoreThanTwoThirds() {
            Threshold moreThan = Threshold.moreThan(Fraction.TWO_THIRDS, VoteBase.FOR_AND_AGAINST);

            assertThat(count(Quorum.none(), moreThan, 100, 20, 10, 0).passed()).isFalse();
            assertThat(count(Quorum.none(), moreThan, 100, 21, 10, 0).passed()).isTrue();
        }

        @Test
        void twoThirdsOfABaseNotDivisibleByThreeRoundsUp() {
            // 2/3 of 16 is 10.67, so 11 yes are needed.
            assertThat(count(Quorum.none(), Threshold.twoThirds(), 100, 10, 6, 0).passed()).isFalse();
            assertThat(count(Quorum.none(), Threshold.twoThirds(), 100, 11, 5, 0).passed()).isTrue();
        }

        @Test
        void thresholdsStayExactForHugeCounts() {
            long third = 1_000_000_000_000_000L;
            YesNoResult result = count(Quorum.none(), Threshold.twoThirds(), 3 * third, 2 * third, third, 0);

            assertThat(result.passed()).isTrue();
            assertThat(count(Quorum.none(), Threshold.twoThirds(), 3 * third, 2 * third - 1, third + 1, 0).passed())
                    .isFalse();
        }
    }

    @Nested
    class Quorums {

        @Test
        void tooFewBallotsDecidesNothingWhateverTheCounts() {
            YesNoResult result = count(Quorum.ballots(10), Threshold.simpleMajority(), 50, 8, 0, 1);

            assertThat(result.outcome()).isEqualTo(DecisionOutcome.QUORUM_NOT_MET);
            assertThat(result.quorum().met()).isFalse();
            assertThat(result.quorum().required()).isEqualTo(10);
            assertThat(result.threshold().met()).isTrue();
            assertThat(result.passed()).isFalse();
        }

        @Test
        void aFractionOfTheElectorateRoundsUpToWholeBallots() {
            // A quarter of 3,073 members is 768.25, so 769 ballots are needed; 764 is short.
            Quorum quarter = Quorum.fractionOfElectorate(Fraction.of(1, 4));

            YesNoResult short5 = count(quarter, Threshold.simpleMajority(), 3073, 600, 164, 0);
            YesNoResult enough = count(quarter, Threshold.simpleMajority(), 3073, 600, 164, 5);

            assertThat(short5.quorum().required()).isEqualTo(769);
            assertThat(short5.outcome()).isEqualTo(DecisionOutcome.QUORUM_NOT_MET);
            assertThat(enough.outcome()).isEqualTo(DecisionOutcome.PASSED);
        }

        @Test
        void abstentionsCountTowardTheQuorum() {
            YesNoResult result = count(Quorum.ballots(10), Threshold.simpleMajority(), 50, 3, 1, 6);

            assertThat(result.quorum().turnout()).isEqualTo(10);
            assertThat(result.quorum().met()).isTrue();
            assertThat(result.passed()).isTrue();
        }

        @Test
        void theSummarySpellsOutQuorumThresholdAndOutcome() {
            YesNoResult result = count(Quorum.ballots(10), Threshold.twoThirds(), 50, 8, 0, 1);

            assertThat(result.summary()).containsExactly(
                    Explanation.of("decisions.yesNo.counts", Explanation.count(8), Explanation.count(0),
                            Explanation.count(1), Explanation.count(41), Explanation.count(50)),
                    Explanation.of("decisions.quorum.notMet",
                            Explanation.part(Explanation.of("decisions.quorum.ballots", Explanation.count(10))),
                            Explanation.count(10), Explanation.count(9)),
                    Explanation.of("decisions.threshold.met",
                            Explanation.part(Explanation.of("decisions.threshold.atLeast", Explanation.share(2, 3),
                                    Explanation.part(Explanation.of("decisions.base.forAndAgainst")))),
                            Explanation.count(8), Explanation.word("decisions.support", "yes"), Explanation.count(8),
                            Explanation.count(6)),
                    Explanation.of("decisions.outcome.quorumNotMet"));
        }
    }

    @Nested
    class Ballots {

        @Test
        void countsIndividualBallotsLikeTotals() {
            List<YesNoVote> ballots = new ArrayList<>();
            ballots.addAll(Collections.nCopies(7, YesNoVote.YES));
            ballots.addAll(Collections.nCopies(3, YesNoVote.NO));
            ballots.addAll(Collections.nCopies(2, YesNoVote.ABSTAIN));

            YesNoResult result = YesNoCount.count(YesNoRules.simpleMajority(), 15, ballots);

            assertThat(result).isEqualTo(YesNoCount.count(YesNoRules.simpleMajority(), 15, 7, 3, 2));
            assertThat(result.cast()).isEqualTo(12);
        }

        @Test
        void rejectsANegativeElectorate() {
            assertThatThrownBy(() -> YesNoCount.count(YesNoRules.simpleMajority(), -1, List.of()))
                    .isInstanceOf(InvalidCountException.class)
                    .hasMessage("The electorate cannot be negative, got -1");
        }

        @Test
        void rejectsMoreBallotsThanVoters() {
            assertThatThrownBy(() -> YesNoCount.count(YesNoRules.simpleMajority(), 3, 2, 1, 1))
                    .isInstanceOf(InvalidCountException.class)
                    .hasMessage("4 ballots were cast but the electorate has only 3 members");
        }

        @Test
        void rejectsAMissingBallot() {
            assertThatThrownBy(() -> YesNoCount.count(YesNoRules.simpleMajority(), 3,
                    java.util.Arrays.asList(YesNoVote.YES, null)))
                    .isInstanceOf(InvalidBallotException.class)
                    .hasMessage("Ballot 2: is missing");
        }
    }
}
