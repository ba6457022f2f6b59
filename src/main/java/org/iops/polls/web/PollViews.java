package org.iops.polls.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The poll pages' views, each built for one reader by {@link PollPages}. */
public final class PollViews {

    private PollViews() {
    }

    /**
     * A poll's page.
     *
     * @param stateKey    scheduled, open or closed
     * @param rules       the poll's rules in the reader's words (type, secrecy, weighting, quorum, threshold)
     * @param ballot      the voting form, or null when the reader may not vote now
     * @param voted       whether the reader has voted (they may change it while the poll is open)
     * @param result      the count, or null while it is hidden (a secret poll before its deadline)
     * @param openVotes   who voted what, for an open-ballot poll
     * @param openedBy    who opened it ("former member" once erased)
     * @param cancelled   "Cancelled: reason, by whom, when", or null for a poll that was not cancelled
     * @param cancelPath  the confirm page for a reader who may cancel it while it is open, or empty
     */
    public record PollPage(String id, String path, String title, String descriptionHtml, String language, String unitName,
            String unitPath, String typeKey, String stateKey, Instant opensAt, Instant closesAt, List<String> rules,
            long rollSize, String rollHash, List<RollChangeLine> rollChanges, long ballots, List<TurnoutLine> turnout,
            @Nullable BallotForm ballot, boolean voted, boolean onRoll, boolean closed, boolean secret,
            @Nullable ResultView result, List<OpenVote> openVotes, @Nullable String boardHash, String openedBy,
            @Nullable String cancelled, String cancelPath) {
    }

    /**
     * The voting form: the type's answers or the poll's options, and on an open ballot the member's current vote
     * ({@code current}: the form's fields as {@code name=value}, and a block's reason), so changing it starts from it.
     */
    public record BallotForm(String type, List<Option> options, List<Option> answers, List<Integer> ranks,
            Set<String> current, String reason) {

        /** Whether the member's current vote has {@code value} in the field {@code name}. */
        public boolean has(String name, Object value) {
            return current.contains(name + "=" + value);
        }
    }

    /** An option (its position is the value the form sends) or an answer (its code). */
    public record Option(String value, String label) {
    }

    /** A line of the poll's log; {@code detail} names the chapter a merged poll came from. */
    public record RollChangeLine(Instant at, String changeKey, long rollSize, String detail) {
    }

    /** Turnout in one chapter (or "members by choice"). */
    public record TurnoutLine(String name, long voted, long roll, String percent) {
    }

    /**
     * The count as shown: lines, quorum, threshold, outcome, winners and rounds, and for a chapter-weighted poll each
     * chapter's own counts ({@code chapters}, in the columns of {@code lines}; {@code smallCell} is the fewest
     * ballots a chapter's counts are shown for in a secret poll, 0 for an open-ballot poll, which hides none).
     */
    public record ResultView(String outcomeKey, List<String> winners, List<ResultLine> lines, boolean meeting,
            String quorumLine, @Nullable String thresholdLine, List<RoundView> rounds, List<String> ranking,
            List<String> reasons, boolean weighted, boolean live,
            org.iops.decisions.results.@Nullable RoundsView engineRounds, List<ChapterResult> chapters, int smallCell) {
    }

    /**
     * A chapter's own line: its turnout, what each of its ballots counted for, and its counts per column (a meeting
     * time's "yes / if need be"), or no counts when {@code suppressed} (too few ballots to show them).
     */
    public record ChapterResult(String name, long ballots, long roll, String weight, List<String> counts,
            boolean suppressed) {
    }

    public record ResultLine(String label, String votes, @Nullable String also, boolean winner) {
    }

    public record RoundView(int number, List<ResultLine> tally, String threshold, String inactive, String elected,
            String eliminated) {
    }

    public record OpenVote(String name, String choice) {
    }

    /** One line of the bulletin board. */
    public record BoardLine(String receipt, String choice) {
    }

    /** A poll as a unit's section lists it. */
    public record PollLine(String title, String path, String typeKey, boolean closed, Instant closesAt,
            String outcomeKey, String winners) {
    }
}
