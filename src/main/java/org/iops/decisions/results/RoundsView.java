package org.iops.decisions.results;

import java.math.BigDecimal;
import java.util.List;
import org.iops.decisions.counting.CountResult;
import org.iops.decisions.counting.Explanation;
import org.iops.decisions.counting.InactiveReason;

/**
 * A ranked-choice count (instant runoff, multi-pass instant runoff, single transferable vote) round by round, as
 * {@code decisions/rounds.jte} shows it: for each pass its rounds, and in each round every candidate's votes, the
 * change from the round before, the votes transferred in and out at the start of the round, who was elected or
 * eliminated and why, the inactive ballots by reason, and the threshold. Made once per result; nothing in it
 * depends on the reader, so the template renders it in any language.
 *
 * @param passes  one pass, or one per seat in multi-pass instant runoff
 * @param winners all winners in order of election
 */
public record RoundsView(List<Pass> passes, List<String> winners) {

    public RoundsView {
        passes = List.copyOf(passes);
        winners = List.copyOf(winners);
    }

    /** The view of a count. */
    public static RoundsView of(CountResult result) {
        return new RoundsView(RoundTable.passes(result), result.winners());
    }

    /**
     * One tabulation pass.
     *
     * @param number       1 for the first pass
     * @param seats        seats this pass fills
     * @param candidates   candidates in the order the table lists them: winners in order of election, then by how
     *                     long they stayed in the count and their votes
     * @param rounds       the rounds in order
     * @param winners      who this pass elected
     * @param totalBallots ballots read
     * @param chart        the chart of the rounds
     */
    public record Pass(int number, int seats, List<String> candidates, List<Round> rounds, List<String> winners,
            BigDecimal totalBallots, RoundChart chart) {

        public Pass {
            candidates = List.copyOf(candidates);
            rounds = List.copyOf(rounds);
            winners = List.copyOf(winners);
        }

        /** "Elected: A and B." */
        public Explanation elected() {
            return Explanation.of("decisions.rounds.winners", Explanation.names(winners), Explanation.count(winners.size()));
        }

        /** The last round. */
        public Round finalRound() {
            return rounds.get(rounds.size() - 1);
        }
    }

    /**
     * One round.
     *
     * @param number     1 for the first round
     * @param threshold  votes needed to be elected in this round
     * @param candidates one line per candidate of the pass, in the pass's order
     * @param inactive   inactive ballots by reason (only reasons with ballots, in any round)
     * @param inactiveTotal all inactive ballot value
     * @param continuing ballot value counting for candidates
     * @param events     who was elected or eliminated in this round, and why
     */
    public record Round(int number, BigDecimal threshold, List<CandidateLine> candidates, List<InactiveLine> inactive,
            BigDecimal inactiveTotal, BigDecimal continuing, List<Explanation> events) {

        public Round {
            candidates = List.copyOf(candidates);
            inactive = List.copyOf(inactive);
            events = List.copyOf(events);
        }
    }

    /**
     * A candidate in one round.
     *
     * @param name           the candidate's name
     * @param votes          votes in this round; null once the candidate has left the count
     * @param change         votes minus the round before (0 in the first round)
     * @param transferredIn  votes received at the start of this round from candidates elected or eliminated before
     * @param transferredOut votes moved away at the start of this round (a surplus, or all votes once eliminated)
     * @param status         where the candidate stands after this round
     */
    public record CandidateLine(String name, BigDecimal votes, BigDecimal change, BigDecimal transferredIn,
            BigDecimal transferredOut, Status status) {

        /** Whether the candidate is still counted in this round. */
        public boolean counted() {
            return votes != null;
        }
    }

    /** Where a candidate stands after a round. */
    public enum Status {
        /** Still in the count. */
        CONTINUING,
        /** Elected in this round. */
        ELECTED,
        /** Elected in an earlier round (held at the threshold in a multi-seat count). */
        ELECTED_BEFORE,
        /** Eliminated in this round. */
        ELIMINATED,
        /** Eliminated in an earlier round. */
        ELIMINATED_BEFORE;

        /** The message key naming the status: {@code decisions.rounds.status.elected}. */
        public String messageKey() {
            return "decisions.rounds.status." + switch (this) {
                case CONTINUING -> "continuing";
                case ELECTED -> "elected";
                case ELECTED_BEFORE -> "electedBefore";
                case ELIMINATED -> "eliminated";
                case ELIMINATED_BEFORE -> "eliminatedBefore";
            };
        }
    }

    /**
     * Inactive ballots of one reason in one round.
     *
     * @param reason why they no longer count
     * @param votes  their value in this round
     * @param change the change from the round before
     */
    public record InactiveLine(InactiveReason reason, BigDecimal votes, BigDecimal change) {

        /** The message key naming the reason: {@code decisions.inactive.exhaustedChoices}. */
        public String messageKey() {
            return "decisions.inactive." + reason.reportKey();
        }
    }
}
