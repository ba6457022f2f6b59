package org.iops.polls;

import java.time.Instant;
import java.util.List;
import org.iops.content.ContentRef;
import org.iops.units.UnitId;
import org.jspecify.annotations.Nullable;

/**
 * A poll closed and was counted (exactly once, whatever the number of nodes), published in the counting
 * transaction through the durable event publication; the module that opened it for a proposal or a committee
 * query records the outcome in an {@code @ApplicationModuleListener}.
 *
 * @param poll     the poll
 * @param unit     the unit that decided
 * @param origin   what it decided ({@link PollSpec#origin()}), or null
 * @param outcome  how it ended
 * @param winners  the winning options in order (empty for questions, a cancelled poll or no quorum)
 * @param ballots  ballots cast
 * @param electorate members on the frozen roll
 * @param closedAt the deadline (or the moment it was cancelled)
 */
public record PollClosed(PollId poll, UnitId unit, @Nullable ContentRef origin, PollOutcome outcome,
        List<String> winners, long ballots, long electorate, Instant closedAt) {

    public PollClosed {
        winners = List.copyOf(winners);
    }
}
