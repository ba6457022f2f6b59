package org.iops.committee.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.iops.committee.CommitteeProcedures;
import org.iops.committee.CommitteeProcedures.NonReplies;
import org.iops.committee.queries.Tally.Verdict;
import org.junit.jupiter.api.Test;

/** What a committee's answers come to under each procedure: non-replies as consent or not counted, the threshold. */
class TallyTests {

    private static final CommitteeProcedures SILENCE_IS_CONSENT = new CommitteeProcedures(NonReplies.CONSENT, 25, 7, 30);
    private static final CommitteeProcedures NOT_COUNTED = new CommitteeProcedures(NonReplies.NOT_COUNTED, 25, 7, 30);

    private static Tally tally(int consent, int object, int block, int abstain, int noReply) {
        List<Answer> answers = new ArrayList<>();
        answers.addAll(Collections.nCopies(consent, Answer.CONSENT));
        answers.addAll(Collections.nCopies(object, Answer.OBJECT));
        answers.addAll(Collections.nCopies(block, Answer.BLOCK));
        answers.addAll(Collections.nCopies(abstain, Answer.ABSTAIN));
        answers.addAll(Collections.nCopies(noReply, null));
        return Tally.of(answers);
    }

    @Test
    void theInterimCommitteesOwnTallyIsCountedAsItsRuleSays() {
        Tally tally = tally(11, 1, 0, 2, 27);
        assertThat(tally).isEqualTo(new Tally(11, 1, 0, 2, 27));
        assertThat(tally.countedConsent(SILENCE_IS_CONSENT)).isEqualTo(38);
        assertThat(tally.countedConsent(NOT_COUNTED)).isEqualTo(11);
        assertThat(tally.verdict(SILENCE_IS_CONSENT)).isEqualTo(Verdict.ADOPTED);
        assertThat(tally.verdict(NOT_COUNTED)).isEqualTo(Verdict.ADOPTED);
    }

    @Test
    void theSameObjectionsEscalateOnlyWhenNonRepliesAreNotCounted() {
        Tally tally = tally(2, 1, 0, 0, 3);
        // one objection in six counted answers (non-replies as consent) is not more than a quarter
        assertThat(tally.verdict(SILENCE_IS_CONSENT)).isEqualTo(Verdict.ADOPTED);
        // one objection in three answers is
        assertThat(tally.verdict(NOT_COUNTED)).isEqualTo(Verdict.ESCALATED_BY_OBJECTIONS);
    }

    @Test
    void exactlyTheThresholdDoesNotEscalateAndAbstentionsAreNotCounted() {
        assertThat(tally(3, 1, 0, 5, 0).verdict(NOT_COUNTED)).as("1 of 4 is a quarter, not more").isEqualTo(Verdict.ADOPTED);
        assertThat(tally(2, 1, 0, 5, 0).verdict(NOT_COUNTED)).as("1 of 3").isEqualTo(Verdict.ESCALATED_BY_OBJECTIONS);
    }

    @Test
    void oneBlockEscalatesWhateverTheConsent() {
        assertThat(tally(30, 0, 1, 0, 0).verdict(SILENCE_IS_CONSENT)).isEqualTo(Verdict.ESCALATED_BY_BLOCK);
    }

    @Test
    void withoutAnyConsentToCountTheQueryIsNotAdopted() {
        assertThat(tally(0, 0, 0, 2, 5).verdict(NOT_COUNTED)).isEqualTo(Verdict.REJECTED);
        assertThat(tally(0, 0, 0, 2, 5).verdict(SILENCE_IS_CONSENT)).isEqualTo(Verdict.ADOPTED);
    }
}
