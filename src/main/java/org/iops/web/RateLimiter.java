package org.iops.web;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.iops.shared.TooManyRequestsException;
import org.springframework.stereotype.Component;

/**
 * Token-bucket rate limits (Bucket4j) kept in this node's memory, keyed by what is limited ("login-ip:1.2.3.4").
 * Behind a load balancer each node limits on its own, which multiplies the allowance by the node count. Time comes
 * from the application's {@link Clock}, so tests move it instead of waiting.
 */
@Component
public class RateLimiter {

    /** How many attempts are allowed per period. */
    public record Limit(String name, int attempts, Duration period) {
    }

    private record Entry(Limit limit, Bucket bucket) {
    }

    private final Map<String, Entry> buckets = new ConcurrentHashMap<>();
    private final TimeMeter time;

    RateLimiter(Clock clock) {
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return clock.millis() * 1_000_000L;
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    /** Takes one attempt for the key or throws {@link TooManyRequestsException} saying when to retry. */
    public void consume(Limit limit, String key) {
        ConsumptionProbe probe = bucket(limit, key).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new TooManyRequestsException(seconds(probe.getNanosToWaitForRefill()));
        }
    }

    /** Throws {@link TooManyRequestsException} if no attempt is left for the key, without taking one. */
    public void check(Limit limit, String key) {
        EstimationProbe probe = bucket(limit, key).estimateAbilityToConsume(1);
        if (!probe.canBeConsumed()) {
            throw new TooManyRequestsException(seconds(probe.getNanosToWaitForRefill()));
        }
    }

    /** Takes one attempt if one is left; says whether one was. Never throws. */
    public boolean charge(Limit limit, String key) {
        return bucket(limit, key).tryConsume(1);
    }

    /** Whether every attempt for the key is used up. */
    public boolean exhausted(Limit limit, String key) {
        return !bucket(limit, key).estimateAbilityToConsume(1).canBeConsumed();
    }

    private Bucket bucket(Limit limit, String key) {
        return buckets.computeIfAbsent(limit.name() + ':' + key, k -> new Entry(limit, Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit.attempts())
                        .refillGreedy(limit.attempts(), limit.period()).build())
                .withCustomTimePrecision(time)
                .build())).bucket();
    }

    private static long seconds(long nanos) {
        return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }

    /** Forgets everything; tests start from a clean slate. */
    public void reset() {
        buckets.clear();
    }

    /** Every hour, by the db-scheduler task in {@link RateLimiterCleanup}. */
    void forgetFullBuckets() {
        // a full bucket is the same as a new one, so it need not be kept
        buckets.values().removeIf(entry -> entry.bucket().getAvailableTokens() >= entry.limit().attempts());
    }
}
