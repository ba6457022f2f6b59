package org.iops.decisions.counting.methods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.iops.decisions.counting.Explanation;
import org.junit.jupiter.api.Test;

class ConsentCountTest {

    /** A quarter of the committee must reply; at least two thirds of those taking a side must agree. */
    private static final ConsentRules COMMITTEE = ConsentRules.singleBlockStops(
            Quorum.fractionOfElectorate(Fraction.of(1, 4)), Threshold.twoThirds());

    @Test
    void recordsNoReplySeparatelyFromAbstentionAsTheCommitteeDoes() {
        // The minutes read "support 11, abstention 2, no replies 27" for a committee of 40.
        ConsentResult result = ConsentCount.count(COMMITTEE, 40, 11, 2, 0, 0);

        assertThat(result.noReply()).isEqualTo(27);
        assertThat(result.abstain()).isEqualTo(2);
        assertThat(result.replies()).isEqualTo(13);
        assertThat(result.quorum().required()).isEqualTo(10);
        assertThat(result.outcome()).isEqualTo(DecisionOutcome.PASSED);
        assertThat(result.summary()).startsWith(Explanation.of("decisions.consent.counts", Explanation.count(11),
                Explanation.count(2), Explanation.count(0), Explanation.count(0), Explanation.count(27),
                Explanation.count(40)));
    }

    @Test
    void aSingleBlockStopsTheProposalDespiteWideAgreement() {
        ConsentResult result = ConsentCount.count(COMMITTEE, 40, 30, 0, 0, 1);

        assertThat(result.outcome()).isEqualTo(DecisionOutcome.BLOCKED);
        assertThat(result.blocked()).isTrue();
        assertThat(result.agreement().met()).isTrue();
    }

    @Test
    void blocksBelowTheConfiguredLimitDoNotStopIt() {
        ConsentRules twoBlocksStop = new ConsentRules(Quorum.none(), Threshold.twoThirds(), 2);

        assertThat(ConsentCount.count(twoBlocksStop, 40, 20, 0, 0, 1).outcome()).isEqualTo(DecisionOutcome.PASSED);
        assertThat(ConsentCount.count(twoBlocksStop, 40, 20, 0, 0, 2).outcome()).isEqualTo(DecisionOutcome.BLOCKED);
    }

    @Test
    void agreementOfExactlyTwoThirdsPassesAndOneLessDoesNot() {
        ConsentRules twoBlocksStop = new ConsentRules(Quorum.none(), Threshold.twoThirds(), 2);

        // Disagree and block both count against: 8 of 8 + 3 + 1 = 12 is exactly two thirds.
        ConsentResult exactly = ConsentCount.count(twoBlocksStop, 20, 8, 5, 3, 1);
        ConsentResult short1 = ConsentCount.count(twoBlocksStop, 20, 7, 5, 3, 1);

        assertThat(exactly.agreement().base()).isEqualTo(12);
        assertThat(exactly.outcome()).isEqualTo(DecisionOutcome.PASSED);
        assertThat(short1.outcome()).isEqualTo(DecisionOutcome.REJECTED);
    }

    @Test
    void agreementCanBeRequiredOfTheWholeElectorateSoSilenceCountsAgainst() {
        ConsentRules overwhelming = ConsentRules.singleBlockStops(
                Quorum.none(), Threshold.atLeast(Fraction.HALF, VoteBase.ELECTORATE));

        ConsentResult result = ConsentCount.count(overwhelming, 40, 11, 2, 0, 0);

        assertThat(result.outcome()).isEqualTo(DecisionOutcome.REJECTED);
        assertThat(result.agreement().required()).isEqualTo(20);
    }

    @Test
    void quorumNotMetIsReportedBeforeBlocks() {
        ConsentResult result = ConsentCount.count(COMMITTEE, 40, 5, 0, 0, 1);

        assertThat(result.outcome()).isEqualTo(DecisionOutcome.QUORUM_NOT_MET);
        assertThat(result.blocked()).isTrue();
    }

    @Test
    void countsIndividualRepliesAndTreatsMissingMembersAsNoReply() {
        List<ConsentVote> replies = List.of(
                ConsentVote.AGREE, ConsentVote.AGREE, ConsentVote.ABSTAIN, ConsentVote.DISAGREE, ConsentVote.AGREE);

        ConsentResult result = ConsentCount.count(ConsentRules.singleBlockStops(Quorum.none(), Threshold.twoThirds()),
                9, replies);

        assertThat(result.agree()).isEqualTo(3);
        assertThat(result.noReply()).isEqualTo(4);
        assertThat(result.passed()).isTrue();
    }

    @Test
    void rejectsRulesWhereNoNumberOfBlocksCouldStopTheProposal() {
        assertThatThrownBy(() -> new ConsentRules(Quorum.none(), Threshold.twoThirds(), 0))
                .isInstanceOf(InvalidCountException.class)
                .hasMessageContaining("At least one block");
    }

    @Test
    void rejectsMoreRepliesThanMembers() {
        assertThatThrownBy(() -> ConsentCount.count(COMMITTEE, 10, 8, 2, 1, 0))
                .isInstanceOf(InvalidCountException.class)
                .hasMessage("11 ballots were cast but the electorate has only 10 members");
    }
}
