package org.iops.polls.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;
import org.iops.polls.PollOutcome;
import org.iops.polls.PollType;
import org.iops.polls.core.Closing;
import org.iops.polls.core.Poll;
import org.iops.polls.core.PollResult;
import org.iops.polls.core.RankedRounds;
import org.iops.decisions.results.RoundsView;
import org.iops.polls.web.PollViews.ChapterResult;
import org.iops.polls.web.PollViews.ResultLine;
import org.iops.polls.web.PollViews.ResultView;
import org.iops.polls.web.PollViews.RoundView;
import org.iops.shared.SmallCells;
import org.iops.units.UnitDirectory;
import org.iops.units.UnitId;
import org.iops.web.PageContext;
import org.springframework.stereotype.Component;

/**
 * A poll's result in the reader's words: the stored count of a closed poll, or the live count of an open-ballot poll
 * while it is open (a secret poll's result waits for the deadline).
 */
@Component
class Results {

    private final Closing closing;
    private final RankedRounds rankedRounds;
    private final UnitDirectory units;

    Results(Closing closing, RankedRounds rankedRounds, UnitDirectory units) {
        this.closing = closing;
        this.rankedRounds = rankedRounds;
        this.units = units;
    }

    ResultView view(Poll poll, PageContext page) {
        PollResult result;
        PollOutcome outcome;
        List<String> winners;
        boolean live = !poll.isClosed();
        if (live) {
            Closing.Tally tally = closing.live(poll);
            result = tally.result();
            outcome = tally.outcome();
            winners = tally.winners();
        } else {
            result = Closing.stored(poll);
            outcome = poll.outcome();
            winners = poll.winners();
        }
        boolean question = poll.type() == PollType.CONSENT || poll.type() == PollType.YES_NO;
        List<ResultLine> lines = result.lines().stream().map(line -> new ResultLine(
                question ? page.t(ChoiceText.answerKey(line.label())) : line.label(), line.votes(), line.also(),
                line.winner())).toList();
        PollResult.QuorumLine quorum = result.quorum();
        String quorumLine = page.t(quorum.met() ? "polls.result.quorumMet" : "polls.result.quorumMissed",
                quorum.turnout(), quorum.required(), result.electorate());
        String thresholdLine = result.threshold() == null ? null
                : page.t(result.threshold().met() ? "polls.result.thresholdMet" : "polls.result.thresholdMissed",
                        result.threshold().supporting(), result.threshold().required(), result.threshold().base());
        List<RoundView> rounds = result.rounds().stream().map(round -> new RoundView(round.number(),
                round.tally().stream().map(l -> new ResultLine(l.label(), l.votes(), null,
                        round.elected().contains(l.label()))).toList(),
                round.threshold(), round.inactive(), String.join(", ", round.elected()),
                String.join(", ", round.eliminated()))).toList();
        List<String> ranking = result.ranking().stream().map(place -> String.join(" = ", place)).toList();
        return new ResultView("polls.outcome." + outcome.name().toLowerCase(Locale.ROOT).replace("_", ""), winners,
                lines, poll.type() == PollType.MEETING_TIME, quorumLine, thresholdLine, rounds, ranking,
                result.reasons(), result.weighted(), live,
                rankedRounds.of(poll).map(RoundsView::of).orElse(null), chapters(result, page),
                poll.isSecret() ? SmallCells.MINIMUM : 0);
    }

    /** Each chapter's line under the name it had when counted (its name now if none was kept), by choice last. */
    private List<ChapterResult> chapters(PollResult result, PageContext page) {
        return result.chapters().stream().map(line -> new ChapterResult(name(line, page), line.ballots(), line.roll(),
                line.weight(), line.suppressed() || line.votes() == null ? List.of() : counts(line), line.suppressed()))
                .toList();
    }

    private String name(PollResult.ChapterLine line, PageContext page) {
        if (line.chapter() == null) {
            return page.t("polls.turnout.byChoice");
        }
        return !line.name().isEmpty() ? line.name()
                : units.find(new UnitId(UUID.fromString(line.chapter()))).map(u -> u.displayName(page.locale()))
                        .orElse("");
    }

    private static List<String> counts(PollResult.ChapterLine line) {
        List<Long> votes = java.util.Objects.requireNonNull(line.votes());
        List<Long> also = line.also();
        return IntStream.range(0, votes.size()).mapToObj(i -> also == null ? String.valueOf(votes.get(i))
                : votes.get(i) + " / " + also.get(i)).toList();
    }
}
