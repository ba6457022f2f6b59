package org.iops.decisions.counting.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.iops.decisions.counting.BallotBox;
import org.iops.decisions.counting.ContestRules;
import org.iops.decisions.counting.CountResult;
import org.iops.decisions.counting.RankedChoiceCount;
import org.iops.decisions.counting.TiebreakMode;
import org.iops.decisions.counting.WinnerElectionMode;
import org.iops.decisions.counting.rctab.RctabTally;

/**
 * Timed benchmark of the counting engine (see docs/benchmarks-counting.md). Prints the first
 * (cold) run and the median of the following runs for: IRV over 1,000,000 ballots in memory, STV
 * for 5 seats over 100,000 ballots in memory, and optionally IRV read from a CDF configuration.
 *
 * <p>{@code CountingBenchmark [runs=5] [config.json]}
 */
public final class CountingBenchmark {

    private CountingBenchmark() {}

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;

        BallotBox million = new SyntheticElection(10, 2026).inMemory(1_000_000);
        ContestRules irv = rules(10).build();
        time("IRV, 1,000,000 ballots, 10 candidates, in memory", runs, () -> RankedChoiceCount.count(irv, million));

        BallotBox hundredThousand = new SyntheticElection(12, 7).inMemory(100_000);
        ContestRules stv = rules(12).numberOfWinners(5)
                .winnerElectionMode(WinnerElectionMode.MULTI_WINNER_ALLOW_MULTIPLE_WINNERS_PER_ROUND).build();
        time("STV, 5 seats, 100,000 ballots, 12 candidates, in memory", runs, () -> RankedChoiceCount.count(stv, hundredThousand));

        if (args.length > 1) {
            Path config = Path.of(args[1]);
            time("IRV read from " + config.getFileName() + " (parse + count)", runs,
                    () -> RctabTally.run(config).result());
        }
    }

    private static ContestRules.Builder rules(int candidates) {
        String[] names = new String[candidates];
        for (int c = 0; c < candidates; c++) {
            names[c] = SyntheticElection.candidateName(c);
        }
        return ContestRules.builder().candidates(names).maxRankingsAllowed(null)
                .tiebreakMode(TiebreakMode.RANDOM).randomSeed(1L);
    }

    private static void time(String label, int runs, Supplier<CountResult> count) {
        List<Double> millis = new ArrayList<>();
        CountResult result = null;
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            result = count.get();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        List<Double> warm = new ArrayList<>(millis.subList(Math.min(1, runs - 1), runs));
        Collections.sort(warm);
        System.out.printf("%s: first run %.0f ms, median of next %d runs %.0f ms, %d rounds, winners %s%n",
                label, millis.get(0), warm.size(), warm.get(warm.size() / 2),
                result.tabulation().rounds().size(), result.winners());
    }
}
