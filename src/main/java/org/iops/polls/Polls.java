package org.iops.polls;

import java.util.Optional;
import org.iops.content.ContentRef;

/**
 * Opens polls for other modules and says how they stand. Implemented inside this module.
 *
 * <p>A poll opened here freezes its roll at {@link PollSpec#opensAt()} (the unit's members then, from {@code
 * units.Memberships#membersAt}), tells the electorate that voting opened, reminds those who have not voted before it
 * closes, closes and counts exactly once at {@link PollSpec#closesAt()} and publishes {@link PollClosed}.
 */
public interface Polls {

    /**
     * Opens a poll, in the caller's transaction (nothing is opened if it rolls back).
     *
     * @throws IllegalArgumentException for a spec the poll type cannot take (too few options, seats above options)
     */
    PollId open(PollSpec spec);

    Optional<PollSummary> find(PollId id);

    /** The latest poll that decides {@code origin} (a proposal may be voted on again after a run-off). */
    Optional<PollSummary> latestFor(ContentRef origin);
}
