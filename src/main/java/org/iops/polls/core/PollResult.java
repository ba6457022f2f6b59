package org.iops.polls.core;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A counted poll, as stored with it ({@code polls.result}, JSON) and shown on its page. Counts are decimal strings:
 * whole numbers for direct polls, three decimals for chapter-weighted ones.
 *
 * @param electorate  members on the frozen roll
 * @param ballots     ballots cast
 * @param weighted    whether chapters' results counted in proportion to their roll
 * @param lines       one line per answer (questions: {@code YES}, {@code BLOCK}...) or option, in ballot order
 * @param quorum      the quorum and whether it was met
 * @param threshold   what a question needed and got, null for choice polls
 * @param rounds      ranked polls: each round of the count, as the engine reports it
 * @param ranking     Schulze: the options in places (ties share a place)
 * @param reasons     consent: the reasons given with blocks
 * @param chapters    chapter-weighted polls: each chapter's own line, small ones without counts ({@link ChapterLines});
 *                    empty for direct polls and for results stored before chapters had lines
 */
public record PollResult(long electorate, long ballots, boolean weighted, List<Line> lines, QuorumLine quorum,
        @Nullable ThresholdLine threshold, List<RoundLine> rounds, List<List<String>> ranking, List<String> reasons,
        List<ChapterLine> chapters) {

    public PollResult {
        chapters = chapters == null ? List.of() : chapters; // a result stored before chapters had lines
    }

    /** An answer or option and its votes; {@code also} holds "if need be" answers of a meeting time. */
    public record Line(String label, String votes, @Nullable String also, boolean winner) {
    }

    public record QuorumLine(long required, long turnout, boolean met) {
    }

    public record ThresholdLine(String required, String supporting, String base, boolean met) {
    }

    /** A round: each continuing option's votes, the threshold, and who was elected or eliminated then. */
    public record RoundLine(int number, List<Line> tally, String threshold, String inactive, List<String> elected,
            List<String> eliminated) {
    }

    /**
     * One chapter of a chapter-weighted poll, as counted (its name then), or the members by choice only ({@code
     * chapter} null). {@code votes} are the chapter's own ballots per answer or option, in the order of the result's
     * lines, unweighted ({@code also}: a meeting time's "if need be"); both are null when {@code suppressed}: too few
     * ballots to show without revealing how members voted. {@code weight} is what each of its ballots counted for
     * (its roll over its ballots, three decimals), empty when nobody voted.
     */
    public record ChapterLine(@Nullable String chapter, String name, long roll, long ballots, String weight,
            @Nullable List<Long> votes, @Nullable List<Long> also, boolean suppressed) {
    }
}
