package org.iops.committee.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The values the committee's templates show, made for one reader in their language. */
public final class CommitteeViews {

    private CommitteeViews() {
    }

    /** One count of the tally: "Consent 11". */
    public record Count(String label, long count, String css) {
    }

    /** The tally with what it means under the procedures. */
    public record TallyView(List<Count> counts, String rule, @Nullable String verdict) {
    }

    public record AnswerLine(String name, String answer, String reason, String when, String via) {
    }

    public record StepLine(String when, String text, @Nullable String link, @Nullable String linkLabel) {
    }

    /** A query in a list. */
    public record QueryLine(String title, String path, String status, String deadline) {
    }

    public record QueryView(String id, String path, String title, String html, String unitName, String unitPath,
            String author, String circulated, String deadline, String status, boolean open, TallyView tally,
            List<AnswerLine> answers, String procedure, List<StepLine> history) {
    }

    /** One version as the history shows it. */
    public record VersionLine(int version, String status, String since, String summary, String setBy, @Nullable String decidedBy,
            String note) {
    }
}
