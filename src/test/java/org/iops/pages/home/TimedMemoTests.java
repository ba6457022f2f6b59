package org.iops.pages.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TimedMemoTests {

    private Instant now = Instant.parse("2026-11-22T08:00:00Z");
    private final AtomicInteger computations = new AtomicInteger();
    private final TimedMemo<Integer> memo = new TimedMemo<>(computations::incrementAndGet, Duration.ofSeconds(30),
            new Clock() {
                @Override
                public ZoneOffset getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(java.time.ZoneId zone) {
                    return this;
                }

                @Override
                public Instant instant() {
                    return now;
                }
            });

    @Test
    void computesOnceWithinTheTimeToLive() {
        assertThat(memo.get()).isEqualTo(1);
        now = now.plusSeconds(29);
        assertThat(memo.get()).isEqualTo(1);
        assertThat(computations).hasValue(1);
    }

    @Test
    void computesAgainOnceExpired() {
        memo.get();
        now = now.plusSeconds(30);
        assertThat(memo.get()).isEqualTo(2);
    }

    @Test
    void computesAgainWhenCleared() {
        memo.get();
        memo.clear();
        assertThat(memo.get()).isEqualTo(2);
    }
}
