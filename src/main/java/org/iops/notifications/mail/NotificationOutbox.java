package org.iops.notifications.mail;

import jakarta.annotation.PreDestroy;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.iops.notifications.Delivery;
import org.iops.notifications.NotificationKind;
import org.iops.notifications.NotificationPlace;
import org.iops.notifications.Notifications;
import org.iops.notifications.ReplyThread;
import org.iops.notifications.inbox.NotificationList;
import org.iops.notifications.inbox.Preferences;
import org.iops.notifications.Parameter;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes each notification to the outbox table in the caller's transaction, and after the commit asks for the
 * waiting messages to be sent at once ({@code iops.notifications.send-on-commit}: {@code background}, the default;
 * {@code caller}, in the committing thread, for tests that read the mail right away; {@code off}, leaving it to the
 * scheduled sweep). Whatever that attempt does, the row stays until it is sent, so the sweep catches up.
 */
@Service
class NotificationOutbox implements Notifications {

    enum SendOnCommit { BACKGROUND, CALLER, OFF }

    private static final Object SENDING = new Object();

    private final JdbcClient db;
    private final OutboxSender sender;
    private final Clock clock;
    private final Kinds kinds;
    private final Preferences preferences;
    private final NotificationList list;
    private final SendOnCommit sendOnCommit;

    private final ObjectProvider<AudienceFanout> fanouts;
    private final Map<Object, AtomicBoolean> queuedRounds = new ConcurrentHashMap<>();
    // two threads: a large audience being expanded does not hold up the mail of its first batches
    private final ExecutorService worker = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "mail-sender");
        thread.setDaemon(true);
        return thread;
    });

    NotificationOutbox(JdbcClient db, OutboxSender sender, Clock clock, Kinds kinds, Preferences preferences,
            NotificationList list, ObjectProvider<AudienceFanout> fanouts, @Value("${iops.notifications.send-on-commit:background}") SendOnCommit sendOnCommit) {
        this.db = db;
        this.sender = sender;
        this.clock = clock;
        this.kinds = kinds;
        this.preferences = preferences;
        this.list = list;
        this.fanouts = fanouts;
        this.sendOnCommit = sendOnCommit;
    }

    @Override
    public void notify(UUID memberId, String kind, @Nullable String link, Parameter... parameters) {
        notify(memberId, kind, link, NotificationPlace.NONE, parameters);
    }

    @Override
    public void notify(UUID memberId, String kind, @Nullable String link, ReplyThread thread,
            Parameter... parameters) {
        notify(memberId, kind, link, new NotificationPlace(null, null, thread), parameters);
    }

    /**
     * A declared kind goes to the member's list and is emailed as the member chose; any other kind is account mail,
     * emailed at once.
     */
    @Override
    public void notify(UUID memberId, String kind, @Nullable String link, NotificationPlace place,
            Parameter... parameters) {
        Optional<NotificationKind> declared = kinds.find(kind);
        deliver(memberId, declared.orElse(null), declared.map(k -> preferences.of(memberId, k)).orElse(null), kind,
                link, place, parameters);
    }

    /**
     * What {@link #notify} does once the member's choice for a declared kind is known (the audiences' expansion
     * reads the choices of a whole batch at once).
     */
    void deliver(UUID memberId, @Nullable NotificationKind declared, @Nullable Delivery delivery, String kind,
            @Nullable String link, NotificationPlace place, Parameter... parameters) {
        if (declared == null || delivery == null) {
            write(memberId, null, null, kind, link, null, parameters);
            return;
        }
        list.record(memberId, kind, link, place, delivery, List.of(parameters));
        if (delivery == Delivery.IMMEDIATELY) {
            write(memberId, null, null, kind, link, place.thread(), parameters);
        }
    }

    @Override
    public void notifyAudience(String audience, String key, Set<UUID> except, String kind, @Nullable String link,
            NotificationPlace place, Parameter... parameters) {
        fanouts.getObject().write(audience, key, except, kind, link, place, List.of(parameters));
    }

    /** The email of a digest the queue gave: rendered from its lines when it leaves, in the member's language. */
    void sendDigest(UUID memberId, UUID digest, Delivery period) {
        write(memberId, null, null, DigestMail.KIND, null, null, Parameter.text(digest.toString()),
                Parameter.text(period.name()));
    }

    @Override
    public void sendToAddress(String address, Locale language, String kind, @Nullable String link,
            Parameter... parameters) {
        write(null, address, language.toLanguageTag(), kind, link, null, parameters);
    }

    private void write(@Nullable UUID memberId, @Nullable String address, @Nullable String language, String kind,
            @Nullable String link, @Nullable ReplyThread thread, Parameter... parameters) {
        Timestamp now = Timestamp.from(clock.instant());
        db.sql("""
                INSERT INTO notification (id, member_id, address, language, kind, link, parameters, created_at,
                    next_attempt_at, thread_type, thread_id)
                VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), memberId, address, language, kind, link,
                        ParameterCodec.write(List.of(parameters)), now, now,
                        thread == null ? null : thread.type(), thread == null ? null : thread.id())
                .update();
        afterCommit(SENDING, sender::sendDue);
    }

    /**
     * Runs the work after the caller's transaction commits (at once without one), as {@code send-on-commit} says,
     * once per transaction however many rows it wrote: one round sends (or expands) everything waiting.
     */
    void afterCommit(Object topic, Runnable work) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            wakeUp(topic, work);
            return;
        }
        // the synchronizations of this transaction only (a suspended outer one's are not listed): one each
        AfterCommit round = new AfterCommit(topic, work);
        if (!TransactionSynchronizationManager.getSynchronizations().contains(round)) {
            TransactionSynchronizationManager.registerSynchronization(round);
        }
    }

    /** A round of work after a commit, equal to any other for the same topic. */
    private final class AfterCommit implements TransactionSynchronization {

        private final Object topic;
        private final Runnable work;

        AfterCommit(Object topic, Runnable work) {
            this.topic = topic;
            this.work = work;
        }

        @Override
        public void afterCommit() {
            wakeUp(topic, work);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof AfterCommit round && round.topic == topic;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(topic);
        }
    }

    private void wakeUp(Object topic, Runnable work) {
        switch (sendOnCommit) {
            case CALLER -> work.run();
            case BACKGROUND -> {
                // one queued round is enough however many were committed meanwhile: it does them all
                AtomicBoolean queued = queuedRounds.computeIfAbsent(topic, t -> new AtomicBoolean());
                if (queued.compareAndSet(false, true)) {
                    worker.execute(() -> {
                        queued.set(false);
                        work.run();
                    });
                }
            }
            case OFF -> {
            }
        }
    }

    @PreDestroy
    void finishSending() throws InterruptedException {
        worker.shutdown();
        worker.awaitTermination(10, TimeUnit.SECONDS);
    }
}
