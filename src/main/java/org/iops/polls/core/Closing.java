package org.iops.polls.core;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.iops.polls.PollClosed;
import org.iops.polls.Weighting;
import org.iops.units.UnitDirectory;
import org.iops.units.UnitId;
import org.iops.units.UnitRef;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.springframework.transaction.support.TransactionTemplate;
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
    private final BulletinBoard board;
    private final TransactionTemplate separately;
    private final ExecutorService hashers = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "poll-board-hash");
        thread.setDaemon(true);
        return thread;
    });
    private final PollRepository polls;
    private final Roll roll;
    private final BallotMixing mixing;
    private final ApplicationEventPublisher events;
    private final PollNotices notices;
    private final Clock clock;
    private final UnitDirectory units;

    Closing(JdbcClient jdbc, BulletinBoard board, PlatformTransactionManager transactions, PollRepository polls, Roll roll,
            BallotMixing mixing, ApplicationEventPublisher events, PollNotices notices, Clock clock,
            UnitDirectory units) {
        this.units = units;
        this.jdbc = jdbc;
        this.board = board;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setReadOnly(true);
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
        long tallying = System.nanoTime();
        // the board's hash on a second connection while this one tallies: it reads what is committed, which is what
        // this transaction sees (every ballot writer has committed before the lock, none writes after it, and the mix
        // above moves ballots without changing any); inside a caller's transaction it could miss the caller's writes
        boolean alone = TransactionAspectSupport.currentTransactionStatus().isNewTransaction();
        CompletableFuture<Hashed> hashing = alone
                ? CompletableFuture.supplyAsync(() -> separately.execute(status -> hash(id)), hashers) : null;
        Counting.Count count = count(poll);
        long tallied = System.nanoTime();
        Hashed hashed = hashing == null ? hash(id) : joined(hashing);
        String result = JSON.writeValueAsString(count.result());
        jdbc.sql("UPDATE polls SET state = 'CLOSED', closed_at = closes_at, counted_at = ?, outcome = ?, winners = ?, "
                        + "ballots_cast = ?, result = CAST(? AS jsonb), board_hash = ? WHERE id = ?")
                .params(Timestamp.from(clock.instant()), count.outcome().name(), count.winners().toArray(String[]::new),
                        count.result().ballots(), result, hashed.hex(), id)
                .update();
        events.publishEvent(new PollClosed(poll.pollId(), poll.unit(), poll.origin(), count.outcome(), count.winners(),
                count.result().ballots(), count.result().electorate(), poll.closesAt()));
        notices.result(poll, count.outcome());
        // no choice, only sizes and times: how long after its deadline a poll was counted, and how long counting took
        LOG.info("Poll {} counted: {} ballots, {} ms after its deadline, in {} ms (tally {} ms, board hash {} ms)", id,
                count.result().ballots(), java.time.Duration.between(poll.closesAt(), clock.instant()).toMillis(),
                (System.nanoTime() - started) / 1_000_000, (tallied - tallying) / 1_000_000, hashed.millis());
        return true;
    }

    /** A count of the ballots so far, written nowhere: the live result of an open-ballot poll. */
    @Transactional(readOnly = true)
    public Tally live(Poll poll) {
        Counting.Count count = count(poll);
        return new Tally(count.outcome(), count.winners(), count.result());
    }

    /** The stored count of a closed poll. */
    public static PollResult stored(Poll poll) {
        return JSON.readValue(poll.result(), PollResult.class);
    }

    /** How a count came out. */
    public record Tally(org.iops.polls.PollOutcome outcome, List<String> winners, PollResult result) {
    }

    /** The board's hash, and how long it took. */
    private record Hashed(String hex, long millis) {
    }

    private Hashed hash(UUID id) {
        long started = System.nanoTime();
        // it sorts every ballot by receipt: in memory rather than in temporary files (for its transaction only)
        jdbc.sql("SET LOCAL work_mem = '256MB'").update();
        return new Hashed(board.hash(id), (System.nanoTime() - started) / 1_000_000);
    }

    private static Hashed joined(CompletableFuture<Hashed> hashing) {
        try {
            return hashing.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private Optional<Poll> lock(UUID id) {
        if (jdbc.sql("SELECT 1 FROM polls WHERE id = ? FOR UPDATE").param(id).query(Integer.class).optional().isEmpty()) {
            return Optional.empty();
        }
        return polls.find(id);
    }

    /**
     * Counts the poll's ballots as PostgreSQL groups them: each distinct ballot (its choice, a block's reason, its
     * chapter in a chapter-weighted poll) once, with how many there are. A yes/no poll of a million ballots is three
     * rows; a ranked one, its distinct rankings, which the engine counts as weighted ballots ({@link RankedCount}).
     * The result is the one counting every ballot gives (PollCountPathsTests compares the two).
     */
    private Counting.Count count(Poll poll) {
        BallotCount ballots = new BallotCount(poll);
        long[] seen = {0};
        boolean byChapter = ballots.byChapter() && poll.weighting() == Weighting.CHAPTER_WEIGHTED;
        jdbc.sql("SELECT choice, reason, " + (byChapter ? "chapter_id" : "CAST(NULL AS uuid)") + ", count(*) FROM poll_ballots "
                        + "WHERE poll_id = ? GROUP BY 1, 2, 3 ORDER BY 1, 2, 3")
                .param(poll.id()).query(rs -> {
                    long n = rs.getLong(4);
                    ballots.add(rs.getString(1), ballots.byChapter() ? rs.getString(2) : null,
                            rs.getObject(3, UUID.class), n);
                    seen[0] += n;
                });
        // never fewer than the ballots: the roll as frozen, whoever left it since
        long electorate = Math.max(poll.rollSize() == null ? 0 : poll.rollSize(), seen[0]);
        return ballots.count(poll.weighting() == Weighting.CHAPTER_WEIGHTED ? roll.perChapter(poll.id()) : Map.of(),
                electorate, chapter -> units.find(new UnitId(chapter)).map(UnitRef::name).orElse(""));
    }
}
