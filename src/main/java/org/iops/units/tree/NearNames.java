package org.iops.units.tree;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.iops.shared.Text;

/**
 * Names that are probably the same place typed differently: "Sao Paolo" and "São Paulo". Compared on their match
 * keys (case, accents and spaces ignored) by edit distance.
 */
public final class NearNames {

    /** The most edits (a letter added, removed or changed) between two names of one place. */
    public static final int MAX_DISTANCE = 2;

    private NearNames() {
    }

    /** The edit distance between the match keys of the two names, or {@code MAX_DISTANCE + 1} if larger. */
    public static int distance(String a, String b) {
        String x = Text.matchKey(a);
        String y = Text.matchKey(b);
        if (Math.abs(x.length() - y.length()) > MAX_DISTANCE) {
            return MAX_DISTANCE + 1;
        }
        int[] previous = new int[y.length() + 1];
        int[] current = new int[y.length() + 1];
        for (int j = 0; j <= y.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= y.length(); j++) {
                int substitution = previous[j - 1] + (x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > MAX_DISTANCE) {
                return MAX_DISTANCE + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return Math.min(previous[y.length()], MAX_DISTANCE + 1);
    }

    /**
     * The candidates whose name is near {@code typed} but not the same place (distance 1 or 2), nearest first. A
     * candidate with the very same match key is not "near": it is the place itself.
     */
    public static <T> List<T> near(String typed, Collection<T> candidates, Function<T, String> name) {
        return candidates.stream()
                .filter(c -> {
                    int d = distance(typed, name.apply(c));
                    return d >= 1 && d <= MAX_DISTANCE;
                })
                .sorted(Comparator.comparingInt(c -> distance(typed, name.apply(c))))
                .toList();
    }
}
