package org.iops.decisions.results;

import java.util.ArrayList;
import java.util.List;
import org.iops.decisions.counting.Explanation;
import org.iops.decisions.counting.methods.ConsentResult;
import org.iops.decisions.counting.methods.OptionTally;
import org.iops.decisions.counting.methods.SeatResult;
import org.iops.decisions.counting.methods.YesNoResult;

/**
 * The tallies of a plurality, approval, yes/no or consent count as {@code decisions/tallies.jte} shows them: one
 * line per option or answer with its votes and its share, and the result in sentences. "No reply" is always shown
 * apart, without a share: members who did not take part are not part of the base.
 *
 * @param lines   the options (in listing order) or answers, then "no reply" where the count knows the electorate
 * @param base    what the shares are taken of (ballots cast, ballots that counted), a message
 * @param whole   the size of that base
 * @param summary the result in sentences
 */
public record TalliesView(List<Line> lines, Explanation base, long whole, List<Explanation> summary) {

    public TalliesView {
        lines = List.copyOf(lines);
        summary = List.copyOf(summary);
    }

    /**
     * One line.
     *
     * @param label  the option's name or the answer, as a message
     * @param votes  ballots for it
     * @param shared whether the line has a share of the base (not "no reply")
     * @param winner whether it took a seat
     */
    public record Line(Explanation label, long votes, boolean shared, boolean winner) {
    }

    /** Plurality or approval: shares of the ballots that counted (plurality) or of all ballots cast (approval). */
    public static TalliesView of(SeatResult result) {
        boolean plurality = result.method().equals("plurality");
        List<Line> lines = new ArrayList<>();
        for (OptionTally tally : result.tallies()) {
            lines.add(new Line(Explanation.of("decisions.tallies.option", Explanation.name(tally.option())),
                    tally.votes(), true, result.winners().contains(tally.option())));
        }
        if (result.ballots().blank() > 0) {
            lines.add(new Line(Explanation.of("decisions.tallies.blank"), result.ballots().blank(), false, false));
        }
        long whole = plurality ? result.ballots().counted() : result.ballots().cast();
        return new TalliesView(lines, Explanation.of(plurality ? "decisions.tallies.base.counted"
                : "decisions.tallies.base.cast", Explanation.count(whole)), whole, result.summary());
    }

    /** Yes, no, abstain: shares of the ballots cast; then no reply. */
    public static TalliesView of(YesNoResult result) {
        List<Line> lines = List.of(answer("yes", result.yes()), answer("no", result.no()),
                answer("abstain", result.abstain()), noReply(result.noReply()));
        return new TalliesView(lines, Explanation.of("decisions.tallies.base.cast", Explanation.count(result.cast())),
                result.cast(), result.summary());
    }

    /** Agree, abstain, disagree, block: shares of the replies; then no reply. */
    public static TalliesView of(ConsentResult result) {
        List<Line> lines = List.of(answer("agree", result.agree()), answer("abstain", result.abstain()),
                answer("disagree", result.disagree()), answer("block", result.block()), noReply(result.noReply()));
        return new TalliesView(lines, Explanation.of("decisions.tallies.base.replies",
                Explanation.count(result.replies())), result.replies(), result.summary());
    }

    /** The line's share of the base, in the reader's notation ("37.5 %"); empty for "no reply" or an empty base. */
    public String share(org.iops.web.PageContext page, Line line) {
        return line.shared() ? ResultText.percent(page, java.math.BigDecimal.valueOf(line.votes()),
                java.math.BigDecimal.valueOf(whole)) : "";
    }

    private static Line answer(String answer, long votes) {
        return new Line(Explanation.of("decisions.answer." + answer), votes, true, false);
    }

    private static Line noReply(long votes) {
        return new Line(Explanation.of("decisions.answer.noReply"), votes, false, false);
    }
}
