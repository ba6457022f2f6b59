package org.iops.committee.queries;

import java.util.Collection;
import org.iops.committee.CommitteeProcedures;
import org.iops.committee.CommitteeProcedures.NonReplies;

/**
 * The count of a query's answers, and what it comes to under the procedures in force. Before the deadline, members
 * who have not answered are "no reply" too; at the deadline they are recorded as such and counted as the procedures
 * say.
 */
public record Tally(long consent, long object, long block, long abstain, long noReply) {

    /** What a closed query comes to. */
    public enum Verdict {
        ADOPTED, REJECTED, ESCALATED_BY_BLOCK, ESCALATED_BY_OBJECTIONS;

        public boolean escalates() {
            return this == ESCALATED_BY_BLOCK || this == ESCALATED_BY_OBJECTIONS;
        }
    }

    /** The tally of these answers; null (not answered yet) is a "no reply". */
    public static Tally of(Collection<Answer> answers) {
        long[] counts = new long[Answer.values().length];
        for (Answer answer : answers) {
            counts[(answer == null ? Answer.NO_REPLY : answer).ordinal()]++;
        }
        return new Tally(counts[Answer.CONSENT.ordinal()], counts[Answer.OBJECT.ordinal()],
                counts[Answer.BLOCK.ordinal()], counts[Answer.ABSTAIN.ordinal()], counts[Answer.NO_REPLY.ordinal()]);
    }

    public long total() {
        return consent + object + block + abstain + noReply;
    }

    /** Consents counted, with the non-replies when silence is consent. */
    public long countedConsent(CommitteeProcedures procedures) {
        return consent + (procedures.nonReplies() == NonReplies.CONSENT ? noReply : 0);
    }

    /** The answers objections are measured against: consents (as counted), objections and blocks; not abstentions. */
    public long counted(CommitteeProcedures procedures) {
        return countedConsent(procedures) + object + block;
    }

    /** Whether the objections are more than the procedures' share of the counted answers. */
    public boolean objectionsAboveThreshold(CommitteeProcedures procedures) {
        return object > 0 && object * 100 > (long) procedures.objectionPercent() * counted(procedures);
    }

    public Verdict verdict(CommitteeProcedures procedures) {
        if (block > 0) {
            return Verdict.ESCALATED_BY_BLOCK;
        }
        if (objectionsAboveThreshold(procedures)) {
            return Verdict.ESCALATED_BY_OBJECTIONS;
        }
        return countedConsent(procedures) > 0 ? Verdict.ADOPTED : Verdict.REJECTED;
    }
}
