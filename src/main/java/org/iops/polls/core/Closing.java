package org.iops.polls.core;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.iops.polls.PollClosed;
import org.iops.polls.Weighting;
import org.iops.units.UnitDirectory;
import org.iops.units.UnitId;
import org.iops.units.UnitRef;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Opens scheduled polls when their time comes and closes and counts each poll exactly once at its deadline. The poll
 * row is locked first ({@code FOR UPDATE}): a second node, or a redelivered task, waits and then finds the poll
 * closed. The count, the bulletin board's hash and {@link PollClosed} are written in that one transaction.
 */
@Service
public class Closing {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Closing.class);

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;
    private final PollRepository polls;
    private final Roll roll;
    private final BallotMixing mixing;
    private final ApplicationEventPublisher events;
    private final PollNotices notices;
    private final Clock clock;
    private final UnitDirectory units;

    Closing(JdbcClient jdbc, DataSource dataSource, PollRepository polls, Roll roll, BallotMixing mixing,
            ApplicationEventPublisher events, PollNotices notices, Clock clock, UnitDirectory units) {
        this.units = units;
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(10_000);
        this.polls = polls;
        this.roll = roll;
        this.mixing = mixing;
        this.events = events;
        this.notices = notices;
        this.clock = clock;
    }

    /** Opens the poll if its time has come and it is still scheduled; true when this call opened it. */
    @Transactional
    public boolean openIfDue(UUID id) {
        Optional<Poll> poll = lock(id);
        if (poll.isEmpty() || poll.get().state() != Poll.State.SCHEDULED || clock.instant().isBefore(poll.get().opensAt())) {
            return false;
        }
        boolean opened = roll.open(id, poll.get().unit(), poll.get().opensAt());
        if (opened) {
            notices.opened(polls.find(id).orElseThrow());
        }
        return opened;
    }

    /** Reminds the non-voters of the polls closing soon, once per poll. */
    @Transactional
    public void remindDue() {
        for (UUID id : notices.dueReminders()) {
            polls.find(id).ifPresent(notices::remind);
        }
    }

    /** Mixes a secret poll's newest ballots (see {@link BallotMixing}). */
    @Transactional
    public void mix(UUID id) {
        Optional<Poll> poll = lock(id);
        if (poll.isPresent() && poll.get().state() == Poll.State.OPEN) {
            mixing.mix(id);
        }
    }

    /** Closes and counts the poll if its deadline has passed and nobody counted it yet; true when this call did. */
    @Transactional
    public boolean closeIfDue(UUID id) {
        Optional<Poll> locked = lock(id);
        if (locked.isEmpty() || locked.get().isClosed() || clock.instant().isBefore(locked.get().closesAt())) {
            return false;
        }
        Poll poll = locked.get();
        long started = System.nanoTime();
        if (poll.state() == Poll.State.SCHEDULED) {
            roll.open(id, poll.unit(), poll.opensAt());
            poll = polls.find(id).orElseThrow();
        }
        mixing.mix(id);
        BoardDigest board = new BoardDigest();
        Counting.Count count = count(poll, board);
        String result = JSON.writeValueAsString(count.result());
        jdbc.sql("UPDATE polls SET state = 'CLOSED', closed_at = closes_at, counted_at = ?, outcome = ?, winners = ?, "
                        + "ballots_cast = ?, result = CAST(? AS jsonb), board_hash = ? WHERE id = ?")
                .params(Timestamp.from(clock.instant()), count.outcome().name(), count.winners().toArray(String[]::new),
                        count.result().ballots(), result, board.hex(), id)
                .update();
        events.publishEvent(new PollClosed(poll.pollId(), poll.unit(), poll.origin(), count.outcome(), count.winners(),
                count.result().ballots(), count.result().electorate(), poll.closesAt()));
        notices.result(poll, count.outcome());
        // no choice, only sizes and times: how long after its deadline a poll was counted, and how long counting took
        LOG.info("Poll {} counted: {} ballots, {} ms after its deadline, in {} ms", id, count.result().ballots(),
                java.time.Duration.between(poll.closesAt(), clock.instant()).toMillis(),
                (System.nanoTime() - started) / 1_000_000);
        return true;
    }

    /** A count of the ballots so far, written nowhere: the live result of an open-ballot poll. */
    @Transactional(readOnly = true)
    public Tally live(Poll poll) {
        Counting.Count count = count(poll, null);
        return new Tally(count.outcome(), count.winners(), count.result());
    }

    /** The stored count of a closed poll. */
    public static PollResult stored(Poll poll) {
        return JSON.readValue(poll.result(), PollResult.class);
    }

    /** How a count came out. */
    public record Tally(org.iops.polls.PollOutcome outcome, List<String> winners, PollResult result) {
    }

    private Optional<Poll> lock(UUID id) {
        if (jdbc.sql("SELECT 1 FROM polls WHERE id = ? FOR UPDATE").param(id).query(Integer.class).optional().isEmpty()) {
            return Optional.empty();
        }
        return polls.find(id);
    }

    /**
     * Counts the poll's ballots in one pass over them, streamed (fetch size 10,000), and, at the deadline, hashes the
     * board from the same rows: in receipt order, exactly as the board's text download writes them.
     */
    private Counting.Count count(Poll poll, @org.jspecify.annotations.Nullable BoardDigest board) {
        BallotCount ballots = new BallotCount(poll);
        long[] seen = {0};
        streaming.query("SELECT choice, reason, chapter_id, receipt FROM poll_ballots WHERE poll_id = ?"
                + (board == null ? "" : " ORDER BY receipt"), rs -> {
                    String choice = rs.getString(1);
                    String reason = rs.getString(2);
                    ballots.add(choice, reason, ballots.byChapter() ? rs.getObject(3, UUID.class) : null);
                    if (board != null) {
                        board.add(rs.getString(4), choice, reason);
                    }
                    seen[0]++;
                }, poll.id());
        // never fewer than the ballots: the roll as frozen, whoever left it since
        long electorate = Math.max(poll.rollSize() == null ? 0 : poll.rollSize(), seen[0]);
        return ballots.count(poll.weighting() == Weighting.CHAPTER_WEIGHTED ? roll.perChapter(poll.id()) : Map.of(),
                electorate, chapter -> units.find(new UnitId(chapter)).map(UnitRef::name).orElse(""));
    }
}
