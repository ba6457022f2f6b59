package org.iops.web;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ExpiredEntriesCleaner;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.iops.shared.TooManyRequestsException;
import org.springframework.stereotype.Component;

/**
 * Token-bucket rate limits (Bucket4j), keyed by what is limited ("login-ip:1.2.3.4"), kept in PostgreSQL with
 * Bucket4j's backend (table {@code rate_limit_bucket}, each change under a row lock), so every node behind a load
 * balancer counts against the same allowance. Time comes from the application's {@link Clock}, so tests move it
 * instead of waiting. A bucket that has refilled expires and is removed.
 *
 * <p>Limits are checked inside requests' transactions (posting checks a new member's allowance while the reply is
 * written), so the buckets have a small connection pool of their own: taken from the requests' pool, a limit checked
 * by as many requests at once as that pool has connections would wait for a connection none of them gives back.
 */
@Component
public class RateLimiter implements DisposableBean {

    /** How many attempts are allowed per period. */
    public record Limit(String name, int attempts, Duration period) {
    }

    private final ProxyManager<String> buckets;
    private final DataSource dataSource;
    private final @Nullable HikariDataSource ownPool;

    RateLimiter(Clock clock, DataSource requests) {
        TimeMeter time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return clock.millis() * 1_000_000L;
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
        this.ownPool = ownPool(requests);
        this.dataSource = ownPool != null ? ownPool : requests;
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket").idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                .clientClock(time)
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                        Duration.ofMinutes(1)))
                .build();
    }

    /** A pool of a few connections to the requests' database, or null if it is no Hikari pool. */
    private static @Nullable HikariDataSource ownPool(DataSource requests) {
        try {
            if (!requests.isWrapperFor(HikariDataSource.class)) {
                return null;
            }
            HikariDataSource shared = requests.unwrap(HikariDataSource.class);
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(shared.getJdbcUrl());
            config.setUsername(shared.getUsername());
            config.setPassword(shared.getPassword());
            config.setDataSourceProperties(shared.getDataSourceProperties());
            config.setPoolName((shared.getPoolName() == null ? "iops" : shared.getPoolName()) + "-limits");
            config.setMaximumPoolSize(4);
            config.setMinimumIdle(1);
            config.setConnectionTimeout(shared.getConnectionTimeout());
            return new HikariDataSource(config);
        } catch (SQLException notUnwrapped) {
            return null;
        }
    }

    @Override
    public void destroy() {
        if (ownPool != null) {
            ownPool.close();
        }
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
        return buckets.getProxy(limit.name() + ':' + key, () -> BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(limit.attempts())
                        .refillGreedy(limit.attempts(), limit.period()).build())
                .build());
    }

    private static long seconds(long nanos) {
        return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }

    /** Forgets everything, on every node; tests start from a clean slate. */
    public void reset() {
        try (Connection connection = dataSource.getConnection(); Statement delete = connection.createStatement()) {
            delete.execute("DELETE FROM rate_limit_bucket");
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not empty the rate limits", failure);
        }
    }

    /** Every hour, by the db-scheduler task in {@link RateLimiterCleanup}. */
    void forgetFullBuckets() {
        // a bucket that has refilled is the same as a new one, so it need not be kept
        if (buckets instanceof ExpiredEntriesCleaner cleaner) {
            while (cleaner.removeExpired(1_000) == 1_000) {
                // more to remove
            }
        }
    }
}
