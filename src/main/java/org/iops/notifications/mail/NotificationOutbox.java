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
import java.util.Optional;
import org.iops.notifications.Delivery;
import org.iops.notifications.NotificationKind;
import org.iops.notifications.NotificationPlace;
import org.iops.notifications.Notifications;
import org.iops.notifications.ReplyThread;
import org.iops.notifications.inbox.NotificationList;
import org.iops.notifications.inbox.Preferences;
import org.iops.notifications.Parameter;
import org.jspecify.annotations.Nullable;
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

    private final JdbcClient db;
    private final OutboxSender sender;
    private final Clock clock;
    private final Kinds kinds;
    private final Preferences preferences;
    private final NotificationList list;
    private final SendOnCommit sendOnCommit;
    private final AtomicBoolean wakeUpQueued = new AtomicBoolean();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "mail-sender");
        thread.setDaemon(true);
        return thread;
    });

    NotificationOutbox(JdbcClient db, OutboxSender sender, Clock clock, Kinds kinds, Preferences preferences,
            NotificationList list, @Value("${iops.notifications.send-on-commit:background}") SendOnCommit sendOnCommit) {
        this.db = db;
        this.sender = sender;
        this.clock = clock;
        this.kinds = kinds;
        this.preferences = preferences;
        this.list = list;
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
        if (declared.isEmpty()) {
            write(memberId, null, null, kind, link, null, parameters);
            return;
        }
        Delivery delivery = preferences.of(memberId, declared.get());
        list.record(memberId, kind, link, place, delivery, List.of(parameters));
        if (delivery == Delivery.IMMEDIATELY) {
            write(memberId, null, null, kind, link, place.thread(), parameters);
        }
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
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    wakeUp();
                }
            });
        } else {
            wakeUp();
        }
    }

    private void wakeUp() {
        switch (sendOnCommit) {
            case CALLER -> sender.sendDue();
            case BACKGROUND -> {
                // one queued round is enough however many messages were committed meanwhile: it sends them all
                if (wakeUpQueued.compareAndSet(false, true)) {
                    worker.execute(() -> {
                        wakeUpQueued.set(false);
                        sender.sendDue();
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
