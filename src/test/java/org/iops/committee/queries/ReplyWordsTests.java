package org.iops.committee.queries;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The first word of an email reply is the answer, in any of the four languages; the rest is the reason. */
class ReplyWordsTests {

    @Test
    void theFirstWordInAnyLanguageIsTheAnswerAndTheRestTheReason() {
        assertThat(ReplyWords.read("Consent")).contains(new ReplyWords.Reply(Answer.CONSENT, ""));
        assertThat(ReplyWords.read("BLOCK: this breaks our statutes.\nSecond line"))
                .contains(new ReplyWords.Reply(Answer.BLOCK, "this breaks our statutes.\nSecond line"));
        assertThat(ReplyWords.read("Abstención, no estuve en la reunión"))
                .contains(new ReplyWords.Reply(Answer.ABSTAIN, "no estuve en la reunión"));
        assertThat(ReplyWords.read("objection — trop tôt")).contains(new ReplyWords.Reply(Answer.OBJECT, "trop tôt"));
        assertThat(ReplyWords.read("Veto. Das widerspricht der Satzung."))
                .contains(new ReplyWords.Reply(Answer.BLOCK, "Das widerspricht der Satzung."));
        assertThat(ReplyWords.read("Zustimmung")).contains(new ReplyWords.Reply(Answer.CONSENT, ""));
    }

    @Test
    void anyOtherFirstWordIsNotAnAnswer() {
        assertThat(ReplyWords.read("Yes please")).isEmpty();
        assertThat(ReplyWords.read("consenting adults")).isEmpty();
        assertThat(ReplyWords.read("")).isEmpty();
    }
}
