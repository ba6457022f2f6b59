package org.iops.polls.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.iops.polls.PollType;
import org.iops.polls.Weighting;
import org.iops.polls.core.PollResult.ChapterLine;
import org.iops.shared.SmallCells;

/**
 * Each chapter's own line of a chapter-weighted poll's result: its roll, ballots, weight and own counts. In a secret
 * poll a chapter where fewer than {@link SmallCells#MINIMUM} members voted keeps its counts to itself (its turnout is
 * public anyway), and so that nobody can work them out as the totals minus the chapters shown, the hidden chapters
 * together must hold none or at least that many ballots: if they hold fewer, the smallest chapter shown is hidden
 * too. The counts are left out of the line itself, so the stored result (the JSON in {@code polls.result}) never
 * holds them. Open-ballot polls show who voted what, so they hide nothing. docs/polls.md, "Chapter-weighted polls".
 */
final class ChapterLines {

    private ChapterLines() {
    }

    static List<ChapterLine> of(Poll poll, BallotTally tally, Map<Optional<UUID>, Long> roll,
            Function<UUID, String> names) {
        if (poll.weighting() != Weighting.CHAPTER_WEIGHTED) {
            return List.of();
        }
        List<Optional<UUID>> chapters = Stream.concat(roll.keySet().stream(), tally.chapters().stream()).distinct()
                .toList();
        Set<Optional<UUID>> hidden = poll.isSecret() ? hidden(chapters, tally) : Set.of();
        int n = poll.options().size();
        boolean meeting = poll.type() == PollType.MEETING_TIME;
        List<ChapterLine> lines = new ArrayList<>();
        for (Optional<UUID> chapter : chapters) {
            long ballots = tally.ballots(chapter);
            long members = roll.getOrDefault(chapter, 0L);
            String weight = ballots == 0 ? "" : BigDecimal.valueOf(members)
                    .divide(BigDecimal.valueOf(ballots), 3, RoundingMode.HALF_EVEN).toPlainString();
            boolean suppressed = hidden.contains(chapter);
            long[] counts = tally.counts(chapter);
            List<Long> votes = suppressed ? null : boxed(meeting ? Arrays.copyOfRange(counts, 0, n) : counts);
            List<Long> also = suppressed || !meeting ? null : boxed(Arrays.copyOfRange(counts, n, 2 * n));
            lines.add(new ChapterLine(chapter.map(UUID::toString).orElse(null),
                    chapter.map(names).orElse(""), members, ballots, weight, votes, also, suppressed));
        }
        // chapters by name, the members by choice only last
        lines.sort(Comparator.comparing((ChapterLine line) -> line.chapter() == null)
                .thenComparing(ChapterLine::name).thenComparing(line -> String.valueOf(line.chapter())));
        return List.copyOf(lines);
    }

    /**
     * The chapters with fewer than {@link SmallCells#MINIMUM} ballots, and, when those hold some ballots but fewer than
     * that together, the smallest chapter shown as well (its ballots, then its id, decide which).
     */
    static Set<Optional<UUID>> hidden(List<Optional<UUID>> chapters, BallotTally tally) {
        Set<Optional<UUID>> hidden = new HashSet<>();
        long hiddenBallots = 0;
        for (Optional<UUID> chapter : chapters) {
            if (tally.ballots(chapter) < SmallCells.MINIMUM) {
                hidden.add(chapter);
                hiddenBallots += tally.ballots(chapter);
            }
        }
        if (hiddenBallots > 0 && hiddenBallots < SmallCells.MINIMUM) {
            chapters.stream().filter(chapter -> !hidden.contains(chapter))
                    .min(Comparator.comparingLong((Optional<UUID> chapter) -> tally.ballots(chapter))
                            .thenComparing(chapter -> chapter.map(UUID::toString).orElse("")))
                    .ifPresent(hidden::add);
        }
        return hidden;
    }

    private static List<Long> boxed(long[] values) {
        return Arrays.stream(values).boxed().toList();
    }
}
