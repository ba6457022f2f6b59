package org.iops.web;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.iops.shared.TooManyRequestsException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Token-bucket rate limits (Bucket4j) kept in this node's memory, keyed by what is limited ("login-ip:1.2.3.4").
 * Behind a load balancer each node limits on its own, which multiplies the allowance by the node count.
 */
@Component
public class RateLimiter {

    /** How many attempts are allowed per period. */
    public record Limit(String name, int attempts, Duration period) {
    }

    private record Entry(Limit limit, Bucket bucket) {
    }

    private final Map<String, Entry> buckets = new ConcurrentHashMap<>();

    /** Takes one attempt for the key or throws {@link TooManyRequestsException} saying when to retry. */
    public void consume(Limit limit, String key) {
        Bucket bucket = buckets.computeIfAbsent(limit.name() + ':' + key, k -> new Entry(limit, Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit.attempts())
                        .refillGreedy(limit.attempts(), limit.period()).build())
                .build())).bucket();
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new TooManyRequestsException(Math.max(1, probe.getNanosToWaitForRefill() / 1_000_000_000L));
        }
    }

    /** Forgets everything; tests start from a clean slate. */
    public void reset() {
        buckets.clear();
    }

    @Scheduled(fixedDelay = 3_600_000)
    void forgetFullBuckets() {
        // a full bucket is the same as a new one, so it need not be kept
        buckets.values().removeIf(entry -> entry.bucket().getAvailableTokens() >= entry.limit().attempts());
    }
}
