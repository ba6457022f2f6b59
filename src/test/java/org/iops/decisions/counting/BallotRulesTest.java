package org.iops.decisions.counting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iops.decisions.counting.TestBallots.ballots;
import static org.iops.decisions.counting.TestBallots.inactive;
import static org.iops.decisions.counting.TestBallots.tally;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Overvotes, skipped rankings and repeated candidates, as RCTab treats them. */
class BallotRulesTest {

    private static final Ballot OVERVOTE_THEN_C = Ballot.builder().rank(1, "A", "B").rank(2, "C").build();

    private static CountResult count(ContestRules.Builder rules, List<Ballot> ballots) {
        return RankedChoiceCount.count(rules.build(), ballots);
    }

    private static ContestRules.Builder rules(OvervoteRule overvoteRule) {
        return ContestRules.builder().candidates("A", "B", "C").overvoteRule(overvoteRule);
    }

    @Test
    void exhaustsABallotAtAnOvervoteUnderExhaustImmediately() {
        CountResult result = count(rules(OvervoteRule.EXHAUST_IMMEDIATELY),
                ballots().add(OVERVOTE_THEN_C).times(3, "A").times(2, "B").list());

        Round first = result.tabulation().rounds().get(0);
        assertThat(inactive(first, InactiveReason.OVERVOTE)).isEqualTo("1");
        assertThat(tally(first)).containsEntry("C", "0");
    }

    @Test
    void skipsAnOvervotedRankUnderAlwaysSkipToNextRank() {
        CountResult result = count(rules(OvervoteRule.ALWAYS_SKIP_TO_NEXT_RANK),
                ballots().add(OVERVOTE_THEN_C).times(3, "A").times(2, "B").list());

        assertThat(tally(result.tabulation().rounds().get(0))).containsEntry("C", "1");
    }

    @Test
    void countsAnOvervoteOnTheLastRankAsExhaustedChoices() {
        Ballot onlyOvervote = Ballot.builder().rank(1, "A", "B").build();

        CountResult result = count(rules(OvervoteRule.ALWAYS_SKIP_TO_NEXT_RANK),
                ballots().add(onlyOvervote).times(3, "A").times(2, "B").list());

        assertThat(inactive(result.tabulation().rounds().get(0), InactiveReason.EXHAUSTED_CHOICES)).isEqualTo("1");
    }

    @Test
    void exhaustsAnOvervoteOnlyWhenSeveralOvervotedCandidatesContinue() {
        CountResult bothContinue = count(rules(OvervoteRule.EXHAUST_IF_MULTIPLE_CONTINUING),
                ballots().add(OVERVOTE_THEN_C).times(3, "A").times(2, "B").list());
        assertThat(inactive(bothContinue.tabulation().rounds().get(0), InactiveReason.OVERVOTE)).isEqualTo("1");

        ContestRules.Builder bExcluded = rules(OvervoteRule.EXHAUST_IF_MULTIPLE_CONTINUING).candidates(List.of(
                Candidate.named("A"), new Candidate("B", List.of(), true), Candidate.named("C")));
        CountResult oneContinues = count(bExcluded, ballots().add(OVERVOTE_THEN_C).times(2, "C").list());
        assertThat(tally(oneContinues.tabulation().rounds().get(0))).isEqualTo(Map.of("A", "1", "C", "2"));
    }

    @Test
    void treatsAnExplicitOvervoteMarkAccordingToTheRule() {
        Ballot explicit = Ballot.of(Ballot.OVERVOTE, "C");
        List<Ballot> ballots = ballots().add(explicit).times(3, "A").times(2, "B").list();

        Round exhausted = count(rules(OvervoteRule.EXHAUST_IMMEDIATELY), ballots).tabulation().rounds().get(0);
        Round skipped = count(rules(OvervoteRule.ALWAYS_SKIP_TO_NEXT_RANK), ballots).tabulation().rounds().get(0);

        assertThat(inactive(exhausted, InactiveReason.OVERVOTE)).isEqualTo("1");
        assertThat(tally(skipped)).containsEntry("C", "1");
    }

    @Test
    void exhaustsABallotAfterTooManySkippedRanks() {
        Ballot gap = Ballot.builder().rank(1, "C").rank(3, "B").build();
        List<Ballot> ballots = ballots().add(gap).times(3, "A").times(2, "B").list();

        CountResult strict = count(rules(OvervoteRule.EXHAUST_IMMEDIATELY).maxSkippedRanksAllowed(0), ballots);
        CountResult lenient = count(rules(OvervoteRule.EXHAUST_IMMEDIATELY).maxSkippedRanksAllowed(1), ballots);

        assertThat(inactive(strict.tabulation().rounds().get(1), InactiveReason.SKIPPED_RANKING)).isEqualTo("1");
        assertThat(tally(lenient.tabulation().rounds().get(1))).containsEntry("B", "3");
    }

    @Test
    void exhaustsABallotWhoseFirstRanksAreSkippedBeyondTheAllowance() {
        Ballot late = Ballot.builder().rank(3, "B").build();

        CountResult result = count(rules(OvervoteRule.EXHAUST_IMMEDIATELY).maxSkippedRanksAllowed(1),
                ballots().add(late).times(3, "A").list());

        assertThat(inactive(result.tabulation().rounds().get(0), InactiveReason.SKIPPED_RANKING)).isEqualTo("1");
    }

    @Test
    void neverExhaustsForSkippedRanksWhenUnlimited() {
        Ballot gap = Ballot.builder().rank(1, "C").rank(3, "B").build();

        CountResult result = count(rules(OvervoteRule.EXHAUST_IMMEDIATELY).maxSkippedRanksAllowed(null),
                ballots().add(gap).times(3, "A").times(2, "B").list());

        assertThat(tally(result.tabulation().rounds().get(1))).containsEntry("B", "3");
    }

    @Test
    void exhaustsOnARepeatedCandidateOnlyWhenConfigured() {
        Ballot repeated = Ballot.of("C", "C", "B");
        List<Ballot> ballots = ballots().add(repeated).times(3, "A").times(2, "B").list();

        CountResult exhausting = count(rules(OvervoteRule.EXHAUST_IMMEDIATELY).exhaustOnDuplicateCandidate(true), ballots);
        CountResult skipping = count(rules(OvervoteRule.EXHAUST_IMMEDIATELY), ballots);

        assertThat(inactive(exhausting.tabulation().rounds().get(1), InactiveReason.REPEATED_RANKING)).isEqualTo("1");
        assertThat(tally(skipping.tabulation().rounds().get(1))).containsEntry("B", "3");
    }
}
