package org.iops.polls.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Counts of one kind of ballot mark (answers, options, times), per chapter for chapter-weighted polls, and their
 * totals: plain sums for a direct poll; for a chapter-weighted poll each chapter's counts scaled by its roll over its
 * ballots, so that each chapter's result weighs as much as its members on the frozen roll (docs/polls.md).
 */
final class BallotTally {

    private final int width;
    private final Map<Optional<UUID>, long[]> counts = new HashMap<>();
    private final Map<Optional<UUID>, Long> ballots = new HashMap<>();
    private long total;

    BallotTally(int width) {
        this.width = width;
    }

    /** One ballot of the chapter (empty for a direct poll, or a member by choice only). */
    long[] ballot(Optional<UUID> chapter) {
        return ballots(chapter, 1);
    }

    /** {@code count} ballots of the chapter: its row, for the caller to add their marks to. */
    long[] ballots(Optional<UUID> chapter, long count) {
        ballots.merge(chapter, count, Long::sum);
        total += count;
        return counts.computeIfAbsent(chapter, c -> new long[width]);
    }

    long ballots() {
        return total;
    }

    /** The chapter's ballots (empty: members by choice only, or a direct poll's whole count). */
    long ballots(Optional<UUID> chapter) {
        return ballots.getOrDefault(chapter, 0L);
    }

    /** The chapter's own counts, unweighted (zeros where nobody voted). */
    long[] counts(Optional<UUID> chapter) {
        return counts.getOrDefault(chapter, new long[width]).clone();
    }

    /** The chapters that have ballots. */
    java.util.Set<Optional<UUID>> chapters() {
        return counts.keySet();
    }

    /** Direct totals. */
    long[] sums() {
        long[] sums = new long[width];
        counts.values().forEach(row -> {
            for (int i = 0; i < width; i++) {
                sums[i] += row[i];
            }
        });
        return sums;
    }

    /** Each chapter's counts times its roll over its ballots, summed, three decimals. */
    BigDecimal[] weighted(Map<Optional<UUID>, Long> roll) {
        BigDecimal[] sums = new BigDecimal[width];
        java.util.Arrays.fill(sums, BigDecimal.ZERO);
        counts.forEach((chapter, row) -> {
            BigDecimal factor = BigDecimal.valueOf(roll.getOrDefault(chapter, 0L))
                    .divide(BigDecimal.valueOf(ballots.get(chapter)), 12, RoundingMode.HALF_EVEN);
            for (int i = 0; i < width; i++) {
                sums[i] = sums[i].add(factor.multiply(BigDecimal.valueOf(row[i])));
            }
        });
        for (int i = 0; i < width; i++) {
            sums[i] = sums[i].setScale(3, RoundingMode.HALF_EVEN);
        }
        return sums;
    }

    /** Totals as decimals: direct sums, or weighted by the roll when {@code roll} is given. */
    BigDecimal[] totals(Map<Optional<UUID>, Long> roll, boolean weighted) {
        if (weighted) {
            return weighted(roll);
        }
        return java.util.Arrays.stream(sums()).mapToObj(BigDecimal::valueOf).toArray(BigDecimal[]::new);
    }

    static List<String> text(BigDecimal[] values) {
        return java.util.Arrays.stream(values).map(BigDecimal::toPlainString).toList();
    }
}
