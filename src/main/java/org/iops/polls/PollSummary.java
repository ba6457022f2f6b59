package org.iops.polls;

import java.time.Instant;
import java.util.List;
import org.iops.content.ContentRef;
import org.iops.units.UnitId;
import org.jspecify.annotations.Nullable;

/**
 * A poll as other modules show it (a proposal's page, a committee query's escalation).
 *
 * @param id       the poll
 * @param unit     the unit that decides
 * @param title    the question
 * @param type     the kind of poll
 * @param opensAt  when voting opens
 * @param closesAt the deadline
 * @param origin   what it decides, or null
 * @param outcome  how it ended, null while it is open
 * @param winners  the winning options once closed
 */
public record PollSummary(PollId id, UnitId unit, String title, PollType type, Instant opensAt, Instant closesAt,
        @Nullable ContentRef origin, @Nullable PollOutcome outcome, List<String> winners) {

    public PollSummary {
        winners = List.copyOf(winners);
    }

    /** The poll's page, where members vote and read the result. */
    public String path() {
        return "/polls/" + id.value();
    }
}
