package org.iops.polls.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.iops.polls.PollType;
import org.jspecify.annotations.Nullable;

/**
 * One poll's ballots as they are read, each or as groups of identical ones (counted by PostgreSQL at the deadline:
 * {@link Closing}; one at a time as the demo makes them), then counted by the poll's method ({@link Counting},
 * {@link RankedCount}). Ranked ballots are kept as their distinct rankings with how many ballots gave each (the engine
 * counts them as weighted ballots); the others only add to their chapter's counts.
 */
final class BallotCount {

    private static final List<String> CONSENT = List.of("AGREE", "ABSTAIN", "DISAGREE", "BLOCK");
    private static final List<String> YES_NO = List.of("YES", "NO", "ABSTAIN");

    private final Poll poll;
    private final int n;
    private final Map<String, Long> rankings = new LinkedHashMap<>();
    private final BallotTally tally;
    private final List<String> reasons = new ArrayList<>();

    BallotCount(Poll poll) {
        this.poll = poll;
        this.n = poll.options().size();
        this.tally = new BallotTally(switch (poll.type()) {
            case CONSENT -> 4;
            case YES_NO -> 3;
            case MEETING_TIME -> 2 * n;
            default -> n;
        });
    }

    /** Whether the count needs each ballot's chapter and reason (all but ranked and Schulze polls). */
    boolean byChapter() {
        return !ranked();
    }

    /** One ballot as stored: its choice, a block's reason, and its chapter (chapter-weighted polls only). */
    void add(String choice, @Nullable String reason, @Nullable UUID chapter) {
        add(choice, reason, chapter, 1);
    }

    /** {@code count} identical ballots (at least one), as {@link #add(String, String, UUID)} takes one. */
    void add(String choice, @Nullable String reason, @Nullable UUID chapter, long count) {
        if (ranked()) {
            rankings.merge(choice, count, Long::sum);
            return;
        }
        long[] row = tally.ballots(Optional.ofNullable(chapter), count);
        switch (poll.type()) {
            case CONSENT -> row[CONSENT.indexOf(choice)] += count;
            case YES_NO -> row[YES_NO.indexOf(choice)] += count;
            case MEETING_TIME -> {
                for (int i = 0; i < n; i++) {
                    char answer = choice.charAt(i);
                    row[answer == 'Y' ? i : answer == 'M' ? n + i : 0] += answer == 'N' ? 0 : count;
                }
            }
            default -> Arrays.stream(choice.isEmpty() ? new String[0] : choice.split(","))
                    .forEach(position -> row[Integer.parseInt(position)] += count);
        }
        if (reason != null) {
            for (long i = 0; i < count; i++) {
                reasons.add(reason);
            }
        }
    }

    /**
     * The count, given the members on the roll per chapter (chapter-weighted polls), the electorate, and the chapters'
     * names now (kept with each chapter's line).
     */
    Counting.Count count(Map<Optional<UUID>, Long> rollByChapter, long electorate,
            java.util.function.Function<UUID, String> chapterNames) {
        PollType type = poll.type();
        if (ranked()) {
            return RankedCount.count(poll, rankings, electorate);
        }
        Counting.Count count = type == PollType.CONSENT || type == PollType.YES_NO
                ? Counting.questions(poll, tally, rollByChapter, electorate, reasons.stream().sorted().toList())
                : Counting.selections(poll, tally, rollByChapter, electorate);
        return count.withChapters(ChapterLines.of(poll, tally, rollByChapter, chapterNames));
    }

    private boolean ranked() {
        return poll.type() == PollType.RANKED || poll.type() == PollType.SCHULZE;
    }
}
