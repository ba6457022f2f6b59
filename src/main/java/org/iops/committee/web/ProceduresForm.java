package org.iops.committee.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.iops.committee.CommitteeProcedures;
import org.iops.committee.CommitteeProcedures.NonReplies;
import org.iops.governance.RuleStatus;
import org.springframework.validation.FieldError;

/** A new version of the committee's procedures, with its status, the decision it cites and a note. */
public class ProceduresForm {

    static final String INVALID = "committee.field.invalid";

    @NotNull(message = "committee.nonReplies.required")
    private NonReplies nonReplies = NonReplies.NOT_COUNTED;

    @NotNull(message = "committee.objectionPercent.range")
    @Min(value = 0, message = "committee.objectionPercent.range")
    @Max(value = 100, message = "committee.objectionPercent.range")
    private Integer objectionPercent = 25;

    @NotNull(message = "committee.days.range")
    @Min(value = 1, message = "committee.days.range")
    @Max(value = CommitteeProcedures.MAX_DAYS, message = "committee.days.range")
    private Integer answerDays = 7;

    @NotNull(message = "committee.days.range")
    @Min(value = 1, message = "committee.days.range")
    @Max(value = CommitteeProcedures.MAX_DAYS, message = "committee.days.range")
    private Integer pollDays = 30;

    @NotNull(message = "committee.procedures.statusRequired")
    private RuleStatus status = RuleStatus.INTERIM;

    private String decidedBy = "";

    @Size(max = 2000, message = "committee.note.tooLong")
    private String note = "";

    static ProceduresForm of(CommitteeProcedures procedures) {
        ProceduresForm form = new ProceduresForm();
        form.nonReplies = procedures.nonReplies();
        form.objectionPercent = procedures.objectionPercent();
        form.answerDays = procedures.answerDays();
        form.pollDays = procedures.pollDays();
        return form;
    }

    CommitteeProcedures procedures() {
        return new CommitteeProcedures(nonReplies, objectionPercent, answerDays, pollDays);
    }

    static Object[] limits(FieldError error) {
        return error.getField().endsWith("Days") ? new Object[] {CommitteeProcedures.MAX_DAYS} : new Object[0];
    }

    public NonReplies getNonReplies() {
        return nonReplies;
    }

    public void setNonReplies(NonReplies nonReplies) {
        this.nonReplies = nonReplies;
    }

    public Integer getObjectionPercent() {
        return objectionPercent;
    }

    public void setObjectionPercent(Integer objectionPercent) {
        this.objectionPercent = objectionPercent;
    }

    public Integer getAnswerDays() {
        return answerDays;
    }

    public void setAnswerDays(Integer answerDays) {
        this.answerDays = answerDays;
    }

    public Integer getPollDays() {
        return pollDays;
    }

    public void setPollDays(Integer pollDays) {
        this.pollDays = pollDays;
    }

    public RuleStatus getStatus() {
        return status;
    }

    public void setStatus(RuleStatus status) {
        this.status = status;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public void setDecidedBy(String decidedBy) {
        this.decidedBy = decidedBy == null ? "" : decidedBy;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note == null ? "" : note;
    }
}
