package org.iops.decisions.counting.methods;

import java.util.List;
import org.iops.decisions.counting.Explanation;

/**
 * A tie that decided who takes the last seat(s), and how it was settled.
 *
 * @param tied      the tied options, in the poll's listing order
 * @param seats     how many of them could take a seat
 * @param rule      the tie-break rule, as a message
 * @param order     the tied options in the order the rule put them; empty when the tie was only reported
 * @param seated    the options that took a seat through the tie-break; empty when reported
 */
public record TieResolution(List<String> tied, int seats, Explanation rule, List<String> order, List<String> seated) {

    public TieResolution {
        tied = List.copyOf(tied);
        order = List.copyOf(order);
        seated = List.copyOf(seated);
    }

    /** Whether the tie was left open, so that {@code seats} seats remain unfilled. */
    public boolean unresolved() {
        return seated.isEmpty();
    }
}
