package org.iops.polls.core;

import com.github.kagkarlsson.scheduler.Scheduler;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Wakes this node's db-scheduler at each poll deadline instead of leaving it to the next poll of the
 * {@code scheduled_tasks} table ({@code db-scheduler.polling-interval}, 5 s): db-scheduler's own answer to "its
 * precision is the polling interval" is {@link Scheduler#triggerCheckForDueExecutions()}, which makes it look for due
 * executions at once. Every node does this: every {@code iops.polls.alarm-refresh} (10 s) it reads the times of the
 * poll tasks (open, close) due in the next two refreshes and sets a timer for each; a poll opened on this node sets its
 * own at once, after the commit. The timer only makes db-scheduler look: the claim is db-scheduler's as before (one
 * node picks the execution through the database), and {@link Closing#closeIfDue} still locks the poll row, so a poll
 * is counted once however many nodes wake. A timer that fires too early or a node that misses a task costs nothing but
 * the old wait: the polling interval still finds it.
 */
@Component
class DeadlineAlarm implements SmartLifecycle {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DeadlineAlarm.class);
    // the timer fires this long after the due time, so that the scheduler's own clock has passed it too
    private static final long MARGIN_MS = 5;

    private final JdbcClient jdbc;
    private final ObjectProvider<Scheduler> scheduler;
    private final Duration refresh;
    private final Set<Instant> set = ConcurrentHashMap.newKeySet();
    private volatile ScheduledExecutorService timer;

    DeadlineAlarm(JdbcClient jdbc, ObjectProvider<Scheduler> scheduler,
            @Value("${iops.polls.alarm-refresh:10s}") Duration refresh) {
        this.jdbc = jdbc;
        this.scheduler = scheduler;
        this.refresh = refresh;
    }

    /** Reads the poll tasks due before the refresh after next and sets a timer for each (the periodic look). */
    void refresh() {
        Instant now = Instant.now();
        List<Timestamp> due = jdbc.sql("SELECT DISTINCT execution_time FROM scheduled_tasks WHERE task_name IN (?, ?) "
                        + "AND NOT picked AND execution_time > ? AND execution_time <= ? ORDER BY 1 LIMIT 100")
                .params(PollSchedule.OPEN, PollSchedule.CLOSE, Timestamp.from(now),
                        Timestamp.from(now.plus(refresh.multipliedBy(2))))
                .query(Timestamp.class).list();
        due.forEach(time -> at(time.toInstant()));
    }

    /** Sets a timer for {@code due} once the current transaction commits (at once without one). */
    void afterCommit(Instant due) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    at(due);
                }
            });
        } else {
            at(due);
        }
    }

    /** Whether a timer is set for {@code due} (for tests). */
    boolean isSetFor(Instant due) {
        return set.contains(due);
    }

    private void at(Instant due) {
        ScheduledExecutorService running = timer;
        long delay = Duration.between(Instant.now(), due).toMillis() + MARGIN_MS;
        // further than the refresh after next: a later refresh sets it (and a node started since sees it too)
        if (running == null || delay < 0 || delay > refresh.multipliedBy(2).toMillis() || !set.add(due)) {
            return;
        }
        running.schedule(() -> {
            set.remove(due);
            Scheduler found = scheduler.getIfAvailable();
            if (found != null) {
                found.triggerCheckForDueExecutions();
            }
        }, delay, TimeUnit.MILLISECONDS);
    }

    private void look() {
        try {
            refresh();
        } catch (RuntimeException e) {
            // a database that is away now is back later; the polling interval covers the gap
            LOG.warn("Could not read the next poll deadlines: {}", e.toString());
        }
    }

    @Override
    public void start() {
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "poll-deadline-alarm");
            thread.setDaemon(true);
            return thread;
        });
        timer = started;
        started.scheduleWithFixedDelay(this::look, 0, refresh.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = timer;
        timer = null;
        if (running != null) {
            running.shutdownNow();
        }
        set.clear();
    }

    @Override
    public boolean isRunning() {
        return timer != null;
    }
}
