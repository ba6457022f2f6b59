package org.iops;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A clock a test moves by hand. Every shared test context ({@link ApplicationTest}, {@code RealServerTest},
 * {@code BrowserTestSupport}) has one as the application's primary {@code Clock}: it keeps the system's time until
 * a test moves it ({@link #advance}, {@link #set}), and goes back to the system's time after each test
 * ({@link Reset}), so a moved clock never leaks into the next test. Inject {@code TestClock} to move it.
 */
public final class TestClock extends Clock {

    // null: the system's time plus the offset; otherwise the time stands still there
    private final AtomicReference<Instant> pinned = new AtomicReference<>();
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    /** A clock standing still at 2026-06-01 12:00 UTC, for tests without Spring. */
    public TestClock() {
        this(Instant.parse("2026-06-01T12:00:00Z"));
    }

    /** A clock standing still at {@code start}. */
    public TestClock(Instant start) {
        pinned.set(start);
    }

    /** A clock at the system's time, as the shared test contexts start with. */
    public static TestClock followingTheSystem() {
        TestClock clock = new TestClock();
        clock.reset();
        return clock;
    }

    /** Moves the clock forward (a standing clock stays standing, a running one keeps running). */
    public void advance(Duration by) {
        if (pinned.updateAndGet(t -> t == null ? null : t.plus(by)) == null) {
            offset.updateAndGet(o -> o.plus(by));
        }
    }

    /** Stops the clock at {@code instant}. */
    public void set(Instant instant) {
        pinned.set(instant);
    }

    /** Back to the system's time. */
    public void reset() {
        pinned.set(null);
        offset.set(Duration.ZERO);
    }

    @Override
    public Instant instant() {
        Instant standing = pinned.get();
        return standing != null ? standing : Instant.now().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    /** Imports a {@code TestClock} at the system's time as the application's clock. */
    @org.springframework.boot.test.context.TestConfiguration(proxyBeanMethods = false)
    public static class Config {
        @org.springframework.context.annotation.Bean
        @org.springframework.context.annotation.Primary
        TestClock testClock() {
            return followingTheSystem();
        }
    }

    /** Puts the context's clock back to the system's time after each test. */
    public static class Reset implements AfterEachCallback {
        @Override
        public void afterEach(ExtensionContext context) {
            SpringExtension.getApplicationContext(context).getBeanProvider(TestClock.class)
                    .ifAvailable(TestClock::reset);
        }
    }
}
