package org.iops.decisions.counting.rcv;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.iops.decisions.counting.TiebreakMode;

/**
 * RCTab's non-interactive tie-breaks. Tied candidates are sorted by name first; a random pick is
 * {@code floor(random.nextDouble() * tied)} from one generator seeded once per pass; the candidate
 * permutation is the configuration order, or for {@code generatePermutation} the names sorted then
 * shuffled with that generator.
 */
final class TieBreaker {

    private final TiebreakMode mode;
    private final Random random;
    private final List<String> permutation;
    // (round, candidate name) -> tally of that candidate in that round
    private final BiFunction<Integer, String, BigDecimal> tallyInRound;

    TieBreaker(TiebreakMode mode, Long seed, List<String> configOrder,
            BiFunction<Integer, String, BigDecimal> tallyInRound) {
        this.mode = mode;
        this.tallyInRound = tallyInRound;
        this.random = mode.needsRandomSeed() ? new Random(seed) : null;
        List<String> order = new ArrayList<>(configOrder);
        if (mode == TiebreakMode.GENERATE_PERMUTATION) {
            Collections.sort(order);
            Collections.shuffle(order, random);
        }
        this.permutation = order;
    }

    /** The candidate permutation used for ordered tie-breaks. */
    List<String> permutation() {
        return permutation;
    }

    /** Picks the winner (or loser) among {@code tied} candidate names, tied in {@code round}. */
    String select(boolean selectingWinner, List<String> tied, int round) {
        List<String> sorted = new ArrayList<>(tied);
        Collections.sort(sorted);
        return switch (mode) {
            case RANDOM -> pickRandomly(sorted);
            case USE_CANDIDATE_ORDER, GENERATE_PERMUTATION -> pickByPermutation(selectingWinner, sorted);
            case PREVIOUS_ROUND_COUNTS_THEN_RANDOM -> pickByPreviousRounds(selectingWinner, sorted, round);
        };
    }

    private String pickRandomly(List<String> tied) {
        double draw = random.nextDouble();
        return tied.get((int) Math.floor(draw * (double) tied.size()));
    }

    private String pickByPermutation(boolean selectingWinner, List<String> tied) {
        List<String> search = new ArrayList<>(permutation);
        if (!selectingWinner) {
            Collections.reverse(search);
        }
        HashSet<String> tiedSet = new HashSet<>(tied);
        return search.stream().filter(tiedSet::contains).findFirst().orElse(null);
    }

    private String pickByPreviousRounds(boolean selectingWinner, List<String> tied, int round) {
        List<String> inContention = tied;
        for (int earlier = round - 1; earlier > 0; earlier--) {
            // RCTab groups the candidates by tally iterating a HashSet: keep that order, it decides
            // which candidate the random fallback draws.
            SortedMap<BigDecimal, LinkedList<String>> byTally = new TreeMap<>();
            for (String candidate : new HashSet<>(inContention)) {
                BigDecimal votes = tallyInRound.apply(earlier, candidate);
                byTally.computeIfAbsent(votes, k -> new LinkedList<>()).add(candidate);
            }
            BigDecimal chosenTally = selectingWinner ? byTally.lastKey() : byTally.firstKey();
            inContention = byTally.get(chosenTally);
            if (inContention.size() == 1) {
                return inContention.get(0);
            }
        }
        return pickRandomly(inContention);
    }
}
