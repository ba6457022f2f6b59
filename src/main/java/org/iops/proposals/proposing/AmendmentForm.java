package org.iops.proposals.proposing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.iops.text.MemberText;

/** An amendment: the whole replacement text, and why. */
public class AmendmentForm {

    static final int MAX_REASON = 2_000;

    @NotBlank(message = "proposals.error.bodyRequired")
    @Size(max = MemberText.MAX_LENGTH, message = "proposals.error.bodyTooLong")
    private String body = "";

    @NotBlank(message = "proposals.amendment.reasonRequired")
    @Size(max = MAX_REASON, message = "proposals.amendment.reasonTooLong")
    private String reason = "";

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = ProposalForm.markdown(body);
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = ProposalForm.markdown(reason);
    }
}
