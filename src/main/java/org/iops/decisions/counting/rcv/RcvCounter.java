package org.iops.decisions.counting.rcv;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.iops.decisions.counting.BallotBox;
import org.iops.decisions.counting.ContestRules;
import org.iops.decisions.counting.CountResult;
import org.iops.decisions.counting.CountingException;
import org.iops.decisions.counting.Explanation;
import org.iops.decisions.counting.Tabulation;
import org.iops.decisions.counting.WinnerElectionMode;

/**
 * Runs a ranked-choice count: checks the ballots against the rules, then tabulates once, or once
 * per seat for multi-pass IRV (each pass excludes the winners of the earlier ones and counts the
 * ballots afresh, as RCTab does).
 */
public final class RcvCounter {

    private RcvCounter() {}

    /** Counts the packed ballots; throws {@link CountingException} if they can't be counted. */
    public static CountResult count(ContestRules rules, BallotBox ballots) {
        if (ballots.size() == 0) {
            throw new CountingException(Explanation.of("decisions.error.noBallots"), "No cast vote records found");
        }
        // RCTab checks only ballots that rank someone (BaseCvrReader.runAdditionalValidations)
        if (ballots.highestRank() > 0 && !rules.isRankingAllowed(ballots.highestRank())) {
            throw new CountingException(Explanation.of("decisions.error.rankingBeyondMax",
                    Explanation.count(ballots.highestRank()), Explanation.count(rules.maxRankingsAllowed())),
                    "A cast vote record has a ranking of " + ballots.highestRank()
                    + ", larger than maxRankingsAllowed (" + rules.maxRankingsAllowed() + ")");
        }
        CandidateTable candidates = new CandidateTable(rules, ballots);
        if (rules.winnerElectionMode() != WinnerElectionMode.MULTI_PASS_IRV) {
            Tabulation only = new PassTabulator(rules, rules.numberOfWinners(), Set.of(), ballots, candidates).run();
            return new CountResult(List.of(only), only.winners());
        }
        List<Tabulation> passes = new ArrayList<>();
        List<String> winners = new ArrayList<>();
        Set<Integer> earlierWinners = new HashSet<>();
        while (winners.size() < rules.numberOfWinners()) {
            Tabulation pass = new PassTabulator(rules, 1, earlierWinners, ballots, candidates).run();
            if (pass.winners().size() != 1) {
                throw new CountingException("Multi-pass IRV pass " + (passes.size() + 1)
                        + " expected exactly one new winner and found " + pass.winners().size());
            }
            passes.add(pass);
            String winner = pass.winners().get(0);
            winners.add(winner);
            earlierWinners.add(candidates.indexOf(winner));
        }
        return new CountResult(passes, winners);
    }
}
