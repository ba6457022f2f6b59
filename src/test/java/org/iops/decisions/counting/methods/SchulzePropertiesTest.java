package org.iops.decisions.counting.methods;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Properties the paper proves for Schulze, checked on seeded random elections (plain loops rather
 * than a property-testing library: a failure names its seed and is repeatable).
 */
class SchulzePropertiesTest {

    private static final int ELECTIONS = 400;

    @Test
    void aCondorcetWinnerAlwaysWinsAlone() {
        int withCondorcetWinner = 0;
        for (long seed = 0; seed < ELECTIONS; seed++) {
            Random random = new Random(seed);
            List<String> options = options(random);
            List<RankedBallot> ballots = randomBallots(random, options, false);

            Optional<String> condorcetWinner = condorcetWinner(options, ballots);
            if (condorcetWinner.isEmpty()) {
                continue;
            }
            withCondorcetWinner++;
            SchulzeResult result = SchulzeCount.count(SeatRules.singleWinner(options, TieBreak.reportTie()), ballots);
            assertThat(result.ranking().get(0)).as("seed %d", seed).containsExactly(condorcetWinner.get());
            assertThat(result.winners()).as("seed %d", seed).containsExactly(condorcetWinner.get());
        }
        assertThat(withCondorcetWinner).as("elections that had a Condorcet winner").isGreaterThan(ELECTIONS / 4);
    }

    @Test
    void reversingEveryBallotReversesTheTablesAndAStrictRanking() {
        int strictRankings = 0;
        for (long seed = 0; seed < ELECTIONS; seed++) {
            Random random = new Random(seed);
            List<String> options = options(random);
            List<RankedBallot> ballots = randomBallots(random, options, true);
            SeatRules rules = SeatRules.singleWinner(options, TieBreak.reportTie());

            SchulzeResult forward = SchulzeCount.count(rules, ballots);
            SchulzeResult backward = SchulzeCount.count(rules, ballots.stream().map(SchulzePropertiesTest::reversed).toList());

            for (String x : options) {
                for (String y : options) {
                    assertThat(backward.pairwise().get(x, y)).as("seed %d d[%s,%s]", seed, x, y)
                            .isEqualTo(forward.pairwise().get(y, x));
                    assertThat(backward.strongestPaths().get(x, y)).as("seed %d p[%s,%s]", seed, x, y)
                            .isEqualTo(forward.strongestPaths().get(y, x));
                }
            }
            if (forward.ranking().size() == options.size()) {
                strictRankings++;
                List<List<String>> reversedRanking = new ArrayList<>(forward.ranking());
                Collections.reverse(reversedRanking);
                assertThat(backward.ranking()).as("seed %d", seed).isEqualTo(reversedRanking);
            }
        }
        assertThat(strictRankings).as("elections with a ranking without ties").isGreaterThan(ELECTIONS / 4);
    }

    @Test
    void theResultDoesNotDependOnTheOrderOfTheBallots() {
        for (long seed = 0; seed < ELECTIONS; seed++) {
            Random random = new Random(seed);
            List<String> options = options(random);
            List<RankedBallot> ballots = randomBallots(random, options, false);
            SeatRules rules = new SeatRules(options, 1 + random.nextInt(options.size()), TieBreak.seededRandom(seed));

            List<RankedBallot> shuffled = new ArrayList<>(ballots);
            Collections.shuffle(shuffled, random);

            assertThat(SchulzeCount.count(rules, shuffled)).as("seed %d", seed)
                    .isEqualTo(SchulzeCount.count(rules, ballots));
        }
    }

    @Test
    void strongestPathsMatchABruteForceSearchOverAllPaths() {
        for (long seed = 0; seed < ELECTIONS; seed++) {
            Random random = new Random(seed);
            List<String> options = options(random);
            SchulzeResult result = SchulzeCount.count(
                    SeatRules.singleWinner(options, TieBreak.reportTie()), randomBallots(random, options, false));

            for (String from : options) {
                for (String to : options) {
                    if (!from.equals(to)) {
                        assertThat(result.strongestPaths().get(from, to)).as("seed %d p[%s,%s]", seed, from, to)
                                .isEqualTo(strongestPathByEnumeration(result.pairwise(), from, to, new ArrayList<>(List.of(from))));
                    }
                }
            }
        }
    }

    private static List<String> options(Random random) {
        int count = 2 + random.nextInt(5);
        List<String> options = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            options.add(String.valueOf((char) ('A' + i)));
        }
        return options;
    }

    /**
     * Random ballots; {@code complete} ones rank every option (ties allowed), others may leave
     * options out or be blank.
     */
    private static List<RankedBallot> randomBallots(Random random, List<String> options, boolean complete) {
        int voters = 1 + random.nextInt(30);
        List<RankedBallot> ballots = new ArrayList<>();
        for (int v = 0; v < voters; v++) {
            List<String> order = new ArrayList<>(options);
            Collections.shuffle(order, random);
            int ranked = complete ? order.size() : random.nextInt(order.size() + 1);
            List<List<String>> ranks = new ArrayList<>();
            for (String option : order.subList(0, ranked)) {
                if (!ranks.isEmpty() && random.nextInt(4) == 0) {
                    List<String> last = new ArrayList<>(ranks.remove(ranks.size() - 1));
                    last.add(option);
                    ranks.add(last);
                } else {
                    ranks.add(List.of(option));
                }
            }
            ballots.add(new RankedBallot(ranks));
        }
        return ballots;
    }

    private static RankedBallot reversed(RankedBallot ballot) {
        List<List<String>> ranks = new ArrayList<>(ballot.ranks());
        Collections.reverse(ranks);
        return new RankedBallot(ranks);
    }

    /** Counted straight from the ballots, independently of the code under test. */
    private static Optional<String> condorcetWinner(List<String> options, List<RankedBallot> ballots) {
        for (String x : options) {
            boolean beatsAll = options.stream().filter(y -> !y.equals(x))
                    .allMatch(y -> prefer(ballots, x, y) > prefer(ballots, y, x));
            if (beatsAll) {
                return Optional.of(x);
            }
        }
        return Optional.empty();
    }

    private static long prefer(List<RankedBallot> ballots, String x, String y) {
        return ballots.stream().filter(ballot -> position(ballot, x) < position(ballot, y)).count();
    }

    private static int position(RankedBallot ballot, String option) {
        for (int r = 0; r < ballot.ranks().size(); r++) {
            if (ballot.ranks().get(r).contains(option)) {
                return r;
            }
        }
        return ballot.ranks().size();
    }

    /** The paper's definition: the best over all simple paths of their weakest defeat, 0 if none. */
    private static long strongestPathByEnumeration(PairwiseTable d, String at, String to, List<String> visited) {
        long best = 0;
        for (String next : d.options()) {
            if (visited.contains(next) || d.get(at, next) <= d.get(next, at)) {
                continue;
            }
            long link = d.get(at, next);
            if (next.equals(to)) {
                best = Math.max(best, link);
            } else {
                visited.add(next);
                best = Math.max(best, Math.min(link, strongestPathByEnumeration(d, next, to, visited)));
                visited.remove(visited.size() - 1);
            }
        }
        return best;
    }
}
