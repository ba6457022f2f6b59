package org.iops.decisions.counting.methods;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Fills seats from a ranking whose places may hold ties. Shared by plurality, approval and
 * Schulze so that all of them treat a tie at the seat boundary the same way: only a tie that
 * decides a seat goes to the tie-break rule; ties further down are left as they are.
 */
final class SeatAllocation {

    private final List<String> winners;
    private final TieResolution tie;

    private SeatAllocation(List<String> winners, TieResolution tie) {
        this.winners = List.copyOf(winners);
        this.tie = tie;
    }

    /**
     * @param places  options grouped by place, best place first
     * @param seats   seats to fill
     * @param options all options in listing order, which orders tied options before a tie-break
     */
    static SeatAllocation fill(List<List<String>> places, int seats, List<String> options, TieBreak tieBreak) {
        List<String> winners = new ArrayList<>();
        for (List<String> place : places) {
            int open = seats - winners.size();
            if (open <= 0) {
                break;
            }
            if (place.size() <= open) {
                winners.addAll(place);
                continue;
            }
            List<String> tied = new ArrayList<>(place);
            tied.sort(Comparator.comparingInt(options::indexOf));
            List<String> order = tieBreak.order(tied);
            List<String> seated = order == null ? List.of() : order.subList(0, open);
            winners.addAll(seated);
            return new SeatAllocation(winners, new TieResolution(
                    tied, open, tieBreak.describe(), order == null ? List.of() : order, seated));
        }
        return new SeatAllocation(winners, null);
    }

    /** Winners in seat order; fewer than the seats when a tie was only reported. */
    List<String> winners() {
        return winners;
    }

    Optional<TieResolution> tie() {
        return Optional.ofNullable(tie);
    }
}
