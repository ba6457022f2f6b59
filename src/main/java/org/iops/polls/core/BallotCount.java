package org.iops.polls.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.iops.polls.PollType;
import org.jspecify.annotations.Nullable;

/**
 * One poll's ballots as they are read, one at a time (streamed from the database at the deadline, or made by the
 * demo), then counted by the poll's method ({@link Counting}, {@link RankedCount}). Ranked ballots are kept whole
 * (the engine counts whole ballots); the others only add to their chapter's counts.
 */
final class BallotCount {

    private static final List<String> CONSENT = List.of("AGREE", "ABSTAIN", "DISAGREE", "BLOCK");
    private static final List<String> YES_NO = List.of("YES", "NO", "ABSTAIN");

    private final Poll poll;
    private final int n;
    private final List<List<Integer>> ranked = new ArrayList<>();
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
        if (ranked()) {
            ranked.add(new Choice(choice, null).order());
            return;
        }
        long[] row = tally.ballot(Optional.ofNullable(chapter));
        switch (poll.type()) {
            case CONSENT -> row[CONSENT.indexOf(choice)]++;
            case YES_NO -> row[YES_NO.indexOf(choice)]++;
            case MEETING_TIME -> {
                for (int i = 0; i < n; i++) {
                    char answer = choice.charAt(i);
                    row[answer == 'Y' ? i : answer == 'M' ? n + i : 0] += answer == 'N' ? 0 : 1;
                }
            }
            default -> Arrays.stream(choice.isEmpty() ? new String[0] : choice.split(","))
                    .forEach(position -> row[Integer.parseInt(position)]++);
        }
        if (reason != null) {
            reasons.add(reason);
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
            return RankedCount.count(poll, ranked, electorate);
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
