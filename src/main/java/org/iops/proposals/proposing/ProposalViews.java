package org.iops.proposals.proposing;

import gg.jte.Content;
import java.time.Instant;
import java.util.List;
import org.iops.proposals.proposing.TextDiff.Segment;
import org.iops.web.PageContext;
import org.jspecify.annotations.Nullable;

/** What the proposals' pages show, built for one reader. */
public final class ProposalViews {

    private ProposalViews() {
    }

    /** A proposal's page. */
    public record ProposalPage(String id, String path, String title, String html, String language, String unitName,
            String unitPath, String authorName, @Nullable String authorPath, String phase, Instant createdAt,
            Instant discussionEnds, Instant votingEnds, @Nullable String outcomeKey, @Nullable Instant outcomeAt,
            int supporters, int supportNeeded, boolean supported, boolean maySupport, boolean mayEdit,
            boolean mayAmend, int version, boolean pending, @Nullable String hiddenReason, @Nullable String pollPath,
            String pollTypeKey, String visibilityKey, List<AmendmentLine> amendments, List<Content> footer,
            List<Content> below) {

        public boolean hiddenFromReader() {
            return hiddenReason != null;
        }

        public boolean discussion() {
            return "DISCUSSION".equals(phase);
        }

        public boolean voting() {
            return "VOTING".equals(phase);
        }

        public boolean closed() {
            return "CLOSED".equals(phase);
        }
    }

    /** An amendment as the proposal's page lists it. */
    public record AmendmentLine(String path, String authorName, String stateKey, Instant createdAt, int baseVersion,
            boolean open) {
    }

    /** An amendment's own page: why, and what it changes in the text it was written against. */
    public record AmendmentPage(String proposalTitle, String proposalPath, String path, String authorName,
            String reasonHtml, String stateKey, boolean open, boolean mayDecide, int baseVersion,
            Changes changes) {
    }

    /** The differences between two texts as escaped HTML with {@code <del>} and {@code <ins>}, and whether any. */
    public record Changes(String html, boolean any, String language) {

        static Changes between(String older, String newer, String language, PageContext page) {
            List<Segment> segments = TextDiff.between(older, newer);
            return new Changes(TextDiff.html(segments, page.lang(), page.t("proposals.diff.deletedStart"),
                    page.t("proposals.diff.deletedEnd"), page.t("proposals.diff.insertedStart"),
                    page.t("proposals.diff.insertedEnd")), TextDiff.changed(segments), language);
        }
    }

    /** One version of the text in the versions list. */
    public record VersionLine(int version, String editorName, Instant createdAt, boolean fromAmendment) {
    }

    /** A proposal in a unit's lists. */
    public record ProposalSummary(String title, String path, String language, String phase, Instant deadline,
            @Nullable String outcomeKey, int supporters, int supportNeeded) {
    }

    /** A version of the unit's proposal rules on the rules page. */
    public record RuleLine(int version, String statusKey, Instant since, String setBy, @Nullable String decidedByPath,
            String note, List<String> terms) {
    }
}
