package org.iops.pages.home;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * A value computed at most once per time-to-live. While one thread recomputes an expired value, the others keep
 * getting the previous one instead of queueing behind it, so a busy page never stalls on a refresh.
 */
final class TimedMemo<T> {

    private record Entry<T>(T value, Instant expires) {
    }

    private final Supplier<T> source;
    private final Duration timeToLive;
    private final Clock clock;
    private final ReentrantLock refreshing = new ReentrantLock();
    private volatile Entry<T> entry;

    TimedMemo(Supplier<T> source, Duration timeToLive, Clock clock) {
        this.source = source;
        this.timeToLive = timeToLive;
        this.clock = clock;
    }

    T get() {
        Entry<T> current = entry;
        if (current != null && clock.instant().isBefore(current.expires())) {
            return current.value();
        }
        if (current != null && !refreshing.tryLock()) {
            return current.value();
        }
        if (current == null) {
            refreshing.lock();
        }
        try {
            current = entry;
            if (current != null && clock.instant().isBefore(current.expires())) {
                return current.value();
            }
            T value = source.get();
            entry = new Entry<>(value, clock.instant().plus(timeToLive));
            return value;
        } finally {
            refreshing.unlock();
        }
    }

    /** Forgets the value, so the next call computes it again. */
    void clear() {
        entry = null;
    }
}
