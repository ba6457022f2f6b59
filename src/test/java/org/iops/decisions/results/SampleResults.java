package org.iops.decisions.results;

import java.util.ArrayList;
import java.util.List;
import org.iops.decisions.counting.Ballot;
import org.iops.decisions.counting.ContestRules;
import org.iops.decisions.counting.CountResult;
import org.iops.decisions.counting.OvervoteRule;
import org.iops.decisions.counting.RankedChoiceCount;
import org.iops.decisions.counting.WinnerElectionMode;
import org.iops.decisions.counting.methods.Quorum;
import org.iops.decisions.counting.methods.RankedBallot;
import org.iops.decisions.counting.methods.SchulzeCount;
import org.iops.decisions.counting.methods.SchulzeResult;
import org.iops.decisions.counting.methods.SeatRules;
import org.iops.decisions.counting.methods.Threshold;
import org.iops.decisions.counting.methods.TieBreak;
import org.iops.decisions.counting.methods.YesNoCount;
import org.iops.decisions.counting.methods.YesNoResult;
import org.iops.decisions.counting.methods.YesNoRules;

/** Small counts whose rounds are worked out by hand in the tests, shown by the test results page. */
final class SampleResults {

    private SampleResults() {
    }

    /**
     * Instant runoff, 12 ballots: 5 Amara; 4 Bruno then Amara; 2 Chen then Bruno; 1 Chen only. Round 1: Amara 5,
     * Bruno 4, Chen 3 (threshold 7): Chen is eliminated, 2 go to Bruno, 1 is exhausted. Round 2: Amara 5, Bruno 6
     * of 11 continuing (threshold 6): Bruno is elected.
     */
    static CountResult instantRunoff() {
        List<Ballot> ballots = new ArrayList<>();
        add(ballots, 5, "Amara");
        add(ballots, 4, "Bruno", "Amara");
        add(ballots, 2, "Chen", "Bruno");
        add(ballots, 1, "Chen");
        return RankedChoiceCount.count(ContestRules.builder().candidates("Amara", "Bruno", "Chen").build(), ballots);
    }

    /**
     * Two seats by single transferable vote, 19 ballots (Droop threshold 7): 6 Amara, Bruno; 4 Amara, Chen; 5 Chen;
     * 2 Dana, Bruno; 1 Bruno; and 1 overvote (Bruno and Dana at rank 1). Round 1: Amara 10 is elected, her surplus
     * of 3 moves at 0.3 a ballot: 1.8 to Bruno, 1.2 to Chen.
     */
    static CountResult singleTransferableVote() {
        List<Ballot> ballots = new ArrayList<>();
        add(ballots, 6, "Amara", "Bruno");
        add(ballots, 4, "Amara", "Chen");
        add(ballots, 5, "Chen");
        add(ballots, 2, "Dana", "Bruno");
        add(ballots, 1, "Bruno");
        ballots.add(Ballot.builder().rank(1, "Bruno", "Dana").build());
        ContestRules rules = ContestRules.builder().candidates("Amara", "Bruno", "Chen", "Dana")
                .winnerElectionMode(WinnerElectionMode.MULTI_WINNER_ALLOW_ONLY_ONE_WINNER_PER_ROUND)
                .numberOfWinners(2).overvoteRule(OvervoteRule.EXHAUST_IMMEDIATELY).build();
        return RankedChoiceCount.count(rules, ballots);
    }

    /** Schulze over three options: 5 A>B>C, 4 B>C>A, 2 C>A>B; A beats B 7:4, B beats C 9:2, C beats A 6:5. */
    static SchulzeResult schulze() {
        List<RankedBallot> ballots = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ballots.add(RankedBallot.of("Athens", "Berlin", "Cairo"));
        }
        for (int i = 0; i < 4; i++) {
            ballots.add(RankedBallot.of("Berlin", "Cairo", "Athens"));
        }
        for (int i = 0; i < 2; i++) {
            ballots.add(RankedBallot.of("Cairo", "Athens", "Berlin"));
        }
        return SchulzeCount.count(SeatRules.singleWinner(List.of("Athens", "Berlin", "Cairo"), TieBreak.reportTie()),
                ballots);
    }

    /** Yes 1, no 0, abstain 1 of an electorate of 3, two-thirds with a quorum of 2 ballots: passes. */
    static YesNoResult yesNo() {
        return YesNoCount.count(new YesNoRules(Quorum.ballots(2), Threshold.twoThirds()), 3, 1, 0, 1);
    }

    private static void add(List<Ballot> ballots, int times, String... choices) {
        for (int i = 0; i < times; i++) {
            ballots.add(Ballot.of(choices));
        }
    }
}
