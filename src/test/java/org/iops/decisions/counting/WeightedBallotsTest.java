package org.iops.decisions.counting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.iops.decisions.counting.methods.RankedBallot;
import org.iops.decisions.counting.methods.SchulzeCount;
import org.iops.decisions.counting.methods.SchulzeResult;
import org.iops.decisions.counting.methods.SeatRules;
import org.iops.decisions.counting.methods.TieBreak;
import org.junit.jupiter.api.Test;

/**
 * Identical ballots counted as one weighted ballot ({@link BallotBox#endBallot(int)}) give the count of every ballot,
 * to the last digit and scale of every tally, transfer and inactive total: on random contests in instant runoff,
 * STV with fractional surplus transfers (in {@code long} units at 4 decimals and in {@code BigDecimal} at 12),
 * multi-pass IRV and Schulze, with overvotes, skipped ranks, repeated candidates and blank ballots among them.
 */
class WeightedBallotsTest {

    private static final String[] NAMES = {"Ana", "Bo", "Cy", "Dee", "Eli", "Fay"};

    @Test
    void groupedBallotsCountAsEveryBallotInEveryMode() {
        Random random = new Random(20261207);
        int counted = 0;
        for (int i = 0; i < 240; i++) {
            int candidates = 3 + random.nextInt(4);
            String[] names = java.util.Arrays.copyOf(NAMES, candidates);
            List<List<List<String>>> ballots = ballots(random, names, 20 + random.nextInt(400));
            ContestRules rules = rules(random, names, i % 4);
            counted += assertSameCount(rules, ballots, random) ? 1 : 0;
        }
        assertThat(counted).as("contests counted to the end, not refused alike").isGreaterThan(200);
    }

    @Test
    void schulzeOfGroupedBallotsIsSchulzeOfEveryBallot() {
        Random random = new Random(7);
        for (int i = 0; i < 100; i++) {
            int n = 3 + random.nextInt(4);
            List<String> options = List.of(java.util.Arrays.copyOf(NAMES, n));
            List<RankedBallot> every = new ArrayList<>();
            for (int b = 0; b < 30 + random.nextInt(300); b++) {
                List<String> order = new ArrayList<>(options);
                Collections.shuffle(order, new Random(random.nextInt(6)));
                every.add(RankedBallot.of(order.subList(0, 1 + random.nextInt(n)).toArray(String[]::new)));
            }
            Map<String, Long> groups = new LinkedHashMap<>();
            every.forEach(b -> groups.merge(b.toString(), 1L, Long::sum));
            List<RankedBallot> distinct = groups.keySet().stream().map(RankedBallot::parse).toList();
            long[] weights = groups.values().stream().mapToLong(Long::longValue).toArray();
            SeatRules rules = new SeatRules(options, 1 + random.nextInt(n - 1), TieBreak.reportTie());

            SchulzeResult grouped = SchulzeCount.count(rules, distinct, weights);
            SchulzeResult each = SchulzeCount.count(rules, every);
            assertThat(grouped).usingRecursiveComparison().isEqualTo(each);
        }
    }

    @Test
    void aBallotStandsForAtLeastOne() {
        BallotBox box = new BallotBox();
        box.beginBallot();
        box.addMark(1, "Ana");
        assertThatThrownBy(() -> box.endBallot(0)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Whether the contest was counted (rather than refused by both alike). */
    private static boolean assertSameCount(ContestRules rules, List<List<List<String>>> ballots, Random random) {
        BallotBox every = new BallotBox();
        ballots.forEach(ballot -> add(every, ballot, 1));
        Map<List<List<String>>, Integer> groups = new LinkedHashMap<>();
        ballots.forEach(ballot -> groups.merge(ballot, 1, Integer::sum));
        List<Map.Entry<List<List<String>>, Integer>> shuffled = new ArrayList<>(groups.entrySet());
        Collections.shuffle(shuffled, random);
        BallotBox grouped = new BallotBox();
        shuffled.forEach(group -> add(grouped, group.getKey(), group.getValue()));
        assertThat(grouped.totalWeight()).isEqualTo(ballots.size());

        CountResult expected;
        try {
            expected = RankedChoiceCount.count(rules, every);
        } catch (CountingException e) {
            assertThatThrownBy(() -> RankedChoiceCount.count(rules, grouped)).isInstanceOf(CountingException.class)
                    .hasMessage(e.getMessage());
            return false;
        }
        assertThat(RankedChoiceCount.count(rules, grouped)).as(rules.winnerElectionMode() + " of " + ballots.size()
                + " ballots in " + groups.size() + " groups").isEqualTo(expected);
        return true;
    }

    private static void add(BallotBox box, List<List<String>> ballot, int weight) {
        box.beginBallot();
        for (int rank = 0; rank < ballot.size(); rank++) {
            for (String choice : ballot.get(rank)) {
                box.addMark(rank + 1, choice);
            }
        }
        box.endBallot(weight);
    }

    private static ContestRules rules(Random random, String[] names, int kind) {
        ContestRules.Builder rules = ContestRules.builder().candidates(names)
                .tiebreakMode(TiebreakMode.USE_CANDIDATE_ORDER)
                .overvoteRule(OvervoteRule.values()[random.nextInt(OvervoteRule.values().length)]);
        return switch (kind) {
            case 0 -> rules.winnerElectionMode(WinnerElectionMode.SINGLE_WINNER_MAJORITY).build();
            case 1 -> rules.winnerElectionMode(WinnerElectionMode.MULTI_WINNER_ALLOW_ONLY_ONE_WINNER_PER_ROUND)
                    .numberOfWinners(2).build();
            case 2 -> rules.winnerElectionMode(WinnerElectionMode.MULTI_WINNER_ALLOW_MULTIPLE_WINNERS_PER_ROUND)
                    .numberOfWinners(2).decimalPlacesForVoteArithmetic(12).build();
            default -> rules.winnerElectionMode(WinnerElectionMode.MULTI_PASS_IRV).numberOfWinners(2).build();
        };
    }

    // few distinct rankings, as in a real poll: a handful of popular orders, with some odd ballots among them
    private static List<List<List<String>>> ballots(Random random, String[] names, int count) {
        List<List<List<String>>> popular = new ArrayList<>();
        for (int p = 0; p < 5; p++) {
            popular.add(ranking(random, names));
        }
        List<List<List<String>>> ballots = new ArrayList<>();
        for (int b = 0; b < count; b++) {
            ballots.add(random.nextInt(10) < 8 ? popular.get(random.nextInt(popular.size())) : ranking(random, names));
        }
        return ballots;
    }

    private static List<List<String>> ranking(Random random, String[] names) {
        List<List<String>> ranks = new ArrayList<>();
        int length = random.nextInt(names.length + 1);
        for (int r = 0; r < length; r++) {
            List<String> at = new ArrayList<>();
            at.add(names[random.nextInt(names.length)]);
            if (random.nextInt(12) == 0) {
                at.add(names[random.nextInt(names.length)]); // an overvote
            }
            ranks.add(random.nextInt(15) == 0 ? List.of() : at); // an empty rank: a skipped ranking
        }
        return ranks;
    }
}
