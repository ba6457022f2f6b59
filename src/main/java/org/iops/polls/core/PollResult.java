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
 */
public record PollResult(long electorate, long ballots, boolean weighted, List<Line> lines, QuorumLine quorum,
        @Nullable ThresholdLine threshold, List<RoundLine> rounds, List<List<String>> ranking, List<String> reasons) {

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
}
