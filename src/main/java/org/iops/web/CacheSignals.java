package org.iops.web;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells every other node of the application that something it keeps in memory changed, through PostgreSQL's
 * {@code LISTEN}/{@code NOTIFY} on the channel {@code iops_caches}: a member's standing, the unit tree. A cache
 * that drops an entry here {@link #announce}s it; each node {@link #subscribe}s its caches to their topic and drops
 * the same entry when another node announces it. Nothing waits for it: an announcement made inside a transaction
 * leaves after the commit (and not at all after a rollback), from a thread of its own, on a connection of its own.
 *
 * <p>A node that misses announcements (its listening connection dropped, the database restarted) catches up by its
 * caches' own time to live; it reconnects within seconds and drops every subscribed cache when it does, since it
 * cannot know what it missed.
 */
@Component
public class CacheSignals implements SmartLifecycle {

    static final String CHANNEL = "iops_caches";
    /** The key that stands for every entry of a topic. */
    public static final String EVERYTHING = "*";

    private static final Logger log = LoggerFactory.getLogger(CacheSignals.class);

    private final DataSource dataSource;
    private final String node = UUID.randomUUID().toString();
    private final Map<String, List<Consumer<String>>> handlers = new ConcurrentHashMap<>();
    // started and stopped with the context (a test context is stopped while paused and started again)
    private volatile ExecutorService sender;
    private volatile boolean running;
    private volatile boolean listenedBefore;
    private volatile Thread listener;
    private volatile Connection listening;

    CacheSignals(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Drops entries of {@code topic} when another node announces them ({@link #EVERYTHING} for all). */
    public void subscribe(String topic, Consumer<String> dropEntry) {
        handlers.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(dropEntry);
    }

    /** Tells the other nodes that the entry {@code key} of {@code topic} changed, after the current commit if any. */
    public void announce(String topic, String key) {
        String payload = node + "|" + topic + "|" + key;
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send(payload);
                }
            });
        } else {
            send(payload);
        }
    }

    private void send(String payload) {
        ExecutorService executor = sender;
        if (executor == null) {
            sendNow(payload); // not started (or stopped): nobody waits on a request thread then
            return;
        }
        try {
            executor.execute(() -> sendNow(payload));
        } catch (java.util.concurrent.RejectedExecutionException stopping) {
            sendNow(payload);
        }
    }

    private void sendNow(String payload) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
            if (!connection.getAutoCommit()) {
                connection.setAutoCommit(true);
            }
            notify.setString(1, CHANNEL);
            notify.setString(2, payload);
            notify.execute();
        } catch (SQLException e) {
            log.warn("Could not tell the other nodes that {} changed: {}", payload, e.getMessage());
        }
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                listening = connection;
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                if (listenedBefore) {
                    // what was announced while this node was not listening is unknown: drop everything
                    handlers.values().forEach(list -> list.forEach(handler -> handler.accept(EVERYTHING)));
                }
                listenedBefore = true;
                PGConnection postgres = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = postgres.getNotifications(1_000);
                    for (PGNotification notification : received == null ? new PGNotification[0] : received) {
                        handle(notification.getParameter());
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn("Listening for other nodes' cache changes failed ({}); trying again in 5 s", e.getMessage());
                    pause();
                }
            } finally {
                listening = null;
            }
        }
    }

    void handle(String payload) {
        String[] parts = payload.split("\\|", 3);
        if (parts.length != 3 || parts[0].equals(node)) {
            return;
        }
        for (Consumer<String> handler : handlers.getOrDefault(parts[1], List.of())) {
            handler.accept(parts[2]);
        }
    }

    private static void pause() {
        try {
            TimeUnit.SECONDS.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void start() {
        running = true;
        sender = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "cache-signals-send");
            thread.setDaemon(true);
            return thread;
        });
        Thread thread = new Thread(this::listen, "cache-signals-listen");
        thread.setDaemon(true);
        listener = thread;
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        Thread thread = listener;
        Connection connection = listening;
        if (connection != null) {
            try {
                connection.unwrap(PGConnection.class).cancelQuery();
            } catch (SQLException ignored) {
                // closing below ends it anyway
            }
        }
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(3_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        ExecutorService stopped = sender;
        sender = null;
        if (stopped != null) {
            stopped.shutdown();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
