package org.iops.proposals.proposing;

import jakarta.validation.constraints.Size;
import org.iops.proposals.ProposalRules;

/** The unit's proposal rules as an admin records them, every field as sent (checked by {@link RulesBook}). */
public class RulesForm {

    private String proposers = "MEMBERS";
    private String supportRule = "MEMBERS";
    private String support = "";
    private String discussionDays = "";
    private String votingDays = "";
    private String pollType = "CONSENT";
    private String quorumPercent = "";
    private String threshold = "MAJORITY";

    @Size(max = 500, message = "proposals.rules.noteTooLong")
    private String note = "";

    static RulesForm of(ProposalRules rules) {
        RulesForm form = new RulesForm();
        form.proposers = rules.proposers().name();
        form.supportRule = rules.supportRule().name();
        form.support = String.valueOf(rules.support());
        form.discussionDays = String.valueOf(rules.discussionDays());
        form.votingDays = String.valueOf(rules.votingDays());
        form.pollType = rules.pollType().name();
        form.quorumPercent = String.valueOf(rules.quorumPercent());
        form.threshold = rules.twoThirds() ? "TWO_THIRDS" : "MAJORITY";
        return form;
    }

    public String getProposers() {
        return proposers;
    }

    public void setProposers(String proposers) {
        this.proposers = ProposalForm.cleaned(proposers);
    }

    public String getSupportRule() {
        return supportRule;
    }

    public void setSupportRule(String supportRule) {
        this.supportRule = ProposalForm.cleaned(supportRule);
    }

    public String getSupport() {
        return support;
    }

    public void setSupport(String support) {
        this.support = ProposalForm.cleaned(support);
    }

    public String getDiscussionDays() {
        return discussionDays;
    }

    public void setDiscussionDays(String discussionDays) {
        this.discussionDays = ProposalForm.cleaned(discussionDays);
    }

    public String getVotingDays() {
        return votingDays;
    }

    public void setVotingDays(String votingDays) {
        this.votingDays = ProposalForm.cleaned(votingDays);
    }

    public String getPollType() {
        return pollType;
    }

    public void setPollType(String pollType) {
        this.pollType = ProposalForm.cleaned(pollType);
    }

    public String getQuorumPercent() {
        return quorumPercent;
    }

    public void setQuorumPercent(String quorumPercent) {
        this.quorumPercent = ProposalForm.cleaned(quorumPercent);
    }

    public String getThreshold() {
        return threshold;
    }

    public void setThreshold(String threshold) {
        this.threshold = ProposalForm.cleaned(threshold);
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = ProposalForm.markdown(note);
    }
}
