package org.iops.decisions.counting.methods;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.iops.decisions.counting.Explanation;

/**
 * The Schulze method (beatpath, Condorcet-consistent) as defined in Markus Schulze's paper, with
 * the winning-votes measure: the strength of a defeat of Y by X is d[X,Y], the number of ballots
 * ranking X above Y; a pair where d[X,Y] is not greater than d[Y,X] is no link from X to Y.
 *
 * <p>Ballots rank options with ties allowed; unranked options share the last rank. X beats Y when
 * p[X,Y] &gt; p[Y,X]. That relation is transitive, so the ranking is built in places: the first
 * place holds every option no remaining option beats, and so on. Options in one place are tied by
 * the method; a tie only goes to the tie-break rule when it decides a seat.
 */
public final class SchulzeCount {

    private SchulzeCount() {
    }

    /**
     * Counts the ballots; the {@code rules.seats()} top-ranked options win.
     *
     * @param rules   options (candidates), seats and tie-break rule
     * @param ballots one per voter, ranks with ties allowed
     * @return the tables d and p, the ranking in places, winners and any tie at the seat boundary
     * @throws InvalidBallotException when a ballot ranks an unknown option, one option twice, or has an empty rank
     */
    public static SchulzeResult count(SeatRules rules, List<RankedBallot> ballots) {
        return count(rules, ballots, null);
    }

    /**
     * Counts ballots each standing for {@code weights[b]} identical ones (all ones when {@code weights} is null): the
     * same result as the ballots repeated, since d[X,Y] only adds up ballots.
     */
    public static SchulzeResult count(SeatRules rules, List<RankedBallot> ballots, long[] weights) {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(ballots, "ballots");
        if (weights != null && weights.length != ballots.size()) {
            throw new IllegalArgumentException("one weight per ballot");
        }
        List<String> options = rules.options();
        int n = options.size();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(options.get(i), i);
        }
        long[][] d = new long[n][n];
        long blank = 0;
        long total = 0;
        for (int b = 0; b < ballots.size(); b++) {
            long weight = weights == null ? 1 : weights[b];
            if (weight < 1) {
                throw new IllegalArgumentException("a ballot stands for at least one, not " + weight);
            }
            total += weight;
            int[] rank = ranks(b + 1, ballots.get(b), index);
            if (rank == null) {
                blank += weight;
                continue;
            }
            for (int x = 0; x < n; x++) {
                for (int y = 0; y < n; y++) {
                    if (rank[x] < rank[y]) {
                        d[x][y] += weight;
                    }
                }
            }
        }
        long[][] p = strongestPaths(d);
        List<List<String>> ranking = ranking(options, p);
        SeatAllocation seats = SeatAllocation.fill(ranking, rules.seats(), options, rules.tieBreak());
        BallotTotals totals = BallotTotals.of(total, blank);
        List<TieResolution> ties = seats.tie().stream().toList();
        List<Explanation> summary = new ArrayList<>();
        summary.add(Explanation.of("decisions.schulze.ranking", Explanation.name(SeatText.ranking(ranking))));
        summary.addAll(SeatText.elected(seats.winners(), ties));
        summary.add(SeatText.ballots(totals));
        return new SchulzeResult(options, PairwiseTable.of(options, d), PairwiseTable.of(options, p), ranking,
                seats.winners(), rules.seats() - seats.winners().size(), ties, totals, summary);
    }

    /** Rank position of each option on one ballot (lower is better), or null for a blank ballot. */
    private static int[] ranks(int number, RankedBallot ballot, Map<String, Integer> index) {
        if (ballot == null) {
            throw new InvalidBallotException(number, "missing", "is missing");
        }
        if (ballot.ranks().isEmpty()) {
            return null;
        }
        int unranked = ballot.ranks().size();
        int[] rank = new int[index.size()];
        java.util.Arrays.fill(rank, unranked);
        for (int r = 0; r < ballot.ranks().size(); r++) {
            List<String> group = ballot.ranks().get(r);
            if (group.isEmpty()) {
                throw new InvalidBallotException(number, "emptyRank", "has an empty rank at position " + (r + 1),
                        Explanation.count(r + 1));
            }
            for (String option : group) {
                if (option == null) {
                    throw new InvalidBallotException(number, "emptyName", "has an empty name at rank " + (r + 1),
                            Explanation.count(r + 1));
                }
                Integer i = index.get(option);
                if (i == null) {
                    throw new InvalidBallotException(number, "unknownOption",
                            "ranks '" + option + "', which is not an option of this poll", Explanation.name(option));
                }
                if (rank[i] != unranked) {
                    throw new InvalidBallotException(number, "rankedTwice", "ranks '" + option + "' more than once",
                            Explanation.name(option));
                }
                rank[i] = r;
            }
        }
        return rank;
    }

    /**
     * Widest paths over the links that are defeats (Floyd-Warshall variant from the paper): a link
     * X to Y exists only where d[X,Y] &gt; d[Y,X], and a path is as strong as its weakest link.
     */
    static long[][] strongestPaths(long[][] d) {
        int n = d.length;
        long[][] p = new long[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j && d[i][j] > d[j][i]) {
                    p[i][j] = d[i][j];
                }
            }
        }
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < n; i++) {
                if (i == k) {
                    continue;
                }
                for (int j = 0; j < n; j++) {
                    if (j != i && j != k) {
                        p[i][j] = Math.max(p[i][j], Math.min(p[i][k], p[k][j]));
                    }
                }
            }
        }
        return p;
    }

    private static List<List<String>> ranking(List<String> options, long[][] p) {
        List<Integer> remaining = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            remaining.add(i);
        }
        List<List<String>> places = new ArrayList<>();
        while (!remaining.isEmpty()) {
            List<Integer> unbeaten = remaining.stream()
                    .filter(x -> remaining.stream().noneMatch(y -> p[y][x] > p[x][y]))
                    .toList();
            if (unbeaten.isEmpty()) {
                // Cannot happen: Schulze proves the beat relation transitive, so it has no cycle.
                throw new IllegalStateException("Schulze relation has a cycle; this is a bug");
            }
            places.add(unbeaten.stream().map(options::get).toList());
            remaining.removeAll(unbeaten);
        }
        return places;
    }
}
