package org.iops.polls.core;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.iops.polls.PollClosed;
import org.iops.polls.PollOutcome;
import org.iops.units.UnitId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cancels a poll before it closes: by a unit admin with a reason, or because its unit was archived. The poll row is
 * locked as for closing ({@code FOR UPDATE}, so ballots being written finish first and none lands after), then it is
 * closed with outcome {@code CANCELLED} and never counted: its ballots are discarded unread (there is no board), who
 * voted stays as turnout, the roll is told, and {@link PollClosed} carries {@code CANCELLED} to whoever opened it for a
 * proposal or a committee query, all in one transaction. A closed (or already cancelled) poll is left as it is.
 */
@Service
public class Cancelling {

    private final JdbcClient jdbc;
    private final PollRepository polls;
    private final ApplicationEventPublisher events;
    private final PollNotices notices;
    private final Clock clock;

    Cancelling(JdbcClient jdbc, PollRepository polls, ApplicationEventPublisher events, PollNotices notices, Clock clock) {
        this.jdbc = jdbc;
        this.polls = polls;
        this.events = events;
        this.notices = notices;
        this.clock = clock;
    }

    /** An admin cancels the poll with their reason; false when it had closed (or been cancelled) meanwhile. */
    @Transactional
    public boolean cancel(UUID poll, UUID admin, String reason) {
        return cancel(poll, Poll.Cancellation.Cause.ADMIN, reason.strip(), admin);
    }

    /** The unit was archived: its polls still open or scheduled are cancelled, each once. */
    @Transactional
    public void unitArchived(UnitId unit) {
        List<UUID> open = jdbc.sql("SELECT id FROM polls WHERE unit_id = ? AND state <> 'CLOSED'").param(unit.value())
                .query(UUID.class).list();
        open.forEach(id -> cancel(id, Poll.Cancellation.Cause.UNIT_ARCHIVED, null, null));
    }

    private boolean cancel(UUID id, Poll.Cancellation.Cause cause, @Nullable String reason, @Nullable UUID by) {
        jdbc.sql("SELECT 1 FROM polls WHERE id = ? FOR UPDATE").param(id).query(Integer.class).optional();
        Poll poll = polls.find(id).orElse(null);
        if (poll == null || poll.isClosed()) {
            return false;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        long cast = jdbc.sql("SELECT count(*) FROM poll_participation WHERE poll_id = ?").param(id).query(Long.class)
                .single();
        jdbc.sql("UPDATE polls SET state = 'CLOSED', outcome = 'CANCELLED', closed_at = ?, cancel_cause = ?, "
                        + "cancel_reason = ?, cancelled_by = ? WHERE id = ?")
                .params(Timestamp.from(now), cause.name(), reason, by, id).update();
        jdbc.sql("DELETE FROM poll_ballots WHERE poll_id = ?").param(id).update();
        Poll cancelled = polls.find(id).orElseThrow();
        events.publishEvent(new PollClosed(poll.pollId(), poll.unit(), poll.origin(), PollOutcome.CANCELLED, List.of(),
                cast, poll.rollSize() == null ? 0 : poll.rollSize(), now));
        notices.cancelled(cancelled);
        return true;
    }
}
