package org.iops.committee.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.iops.committee.queries.Answer;
import org.iops.committee.queries.QueryService;

/** A committee member's answer: consent, object, block (with a reason) or abstain, and an optional reason. */
public class AnswerForm {

    static final String INVALID = "committee.field.invalid";

    @NotBlank(message = "committee.answer.required")
    @Pattern(regexp = "(?i)consent|object|block|abstain", message = "committee.answer.unknown")
    private String answer = "";

    @Size(max = QueryService.MAX_REASON, message = "committee.answer.reasonTooLong")
    private String reason = "";

    Answer chosen() {
        return Answer.given(answer);
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer == null ? "" : answer.toUpperCase(java.util.Locale.ROOT);
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason == null ? "" : reason;
    }
}
