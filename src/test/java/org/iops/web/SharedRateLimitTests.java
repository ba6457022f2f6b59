package org.iops.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.iops.members.MembersIntegrationTest;
import org.iops.shared.TooManyRequestsException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rate limits live in the database: two application nodes (two limiters on one database) count against one
 * allowance, so a second node does not double what an attacker may try. Checking a limit never waits for a connection
 * of the requests' pool, which the requests checking it may all hold.
 */
class SharedRateLimitTests extends MembersIntegrationTest {

    private static final RateLimiter.Limit LOGINS = new RateLimiter.Limit("test-shared", 4, Duration.ofMinutes(10));

    @Autowired
    DataSource dataSource;
    @Autowired
    Clock clock;
    @Autowired
    PlatformTransactionManager transactions;

    private final List<RateLimiter> nodes = new ArrayList<>();

    /** A limiter as another node of the application has it: on the same database. */
    private RateLimiter node() {
        RateLimiter node = new RateLimiter(clock, dataSource);
        nodes.add(node);
        return node;
    }

    @AfterEach
    void stopNodes() {
        nodes.forEach(RateLimiter::destroy);
    }

    @Test
    void aLimitCheckedInsideAsManyTransactionsAsThePoolHasConnectionsGoesOnAtOnce() throws Exception {
        // every connection of the requests' pool held by a transaction that then checks a limit, as posters do (the
        // pool's other users, the cache signals' listener among them, keep theirs)
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        int connections = pool.getMaximumPoolSize() - pool.getHikariPoolMXBean().getActiveConnections();
        CountDownLatch allHeld = new CountDownLatch(connections);
        ExecutorService requests = Executors.newFixedThreadPool(connections);
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        RateLimiter.Limit posting = new RateLimiter.Limit("test-pool", 1_000, Duration.ofMinutes(10));
        String key = UUID.randomUUID().toString();
        try {
            List<Future<Boolean>> checked = new ArrayList<>();
            for (int i = 0; i < connections; i++) {
                checked.add(requests.submit(() -> transaction.execute(status -> {
                    db.sql("SELECT 1").query(Integer.class).single(); // holds its connection from here
                    allHeld.countDown();
                    await(allHeld);
                    return limiter.charge(posting, key);
                })));
            }
            for (Future<Boolean> each : checked) {
                assertThat(each.get(20, TimeUnit.SECONDS)).as("checked without waiting for a request's connection")
                        .isTrue();
            }
        } finally {
            requests.shutdownNow();
        }
        assertThat(limiter.charge(posting, key)).isTrue();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    @Test
    void twoNodesShareOneAllowance() {
        RateLimiter first = node();
        RateLimiter second = node();
        String key = UUID.randomUUID().toString();

        first.consume(LOGINS, key);
        second.consume(LOGINS, key);
        first.consume(LOGINS, key);
        second.consume(LOGINS, key);

        assertThat(first.exhausted(LOGINS, key)).isTrue();
        assertThatThrownBy(() -> second.consume(LOGINS, key)).isInstanceOf(TooManyRequestsException.class);
        assertThatThrownBy(() -> first.check(LOGINS, key)).isInstanceOf(TooManyRequestsException.class);
        assertThat(second.charge(LOGINS, "another " + key)).as("another key has its own allowance").isTrue();
    }

    @Test
    void aResetOnOneNodeClearsTheLimitForAll() {
        RateLimiter first = node();
        RateLimiter second = node();
        String key = UUID.randomUUID().toString();
        for (int i = 0; i < 4; i++) {
            first.charge(LOGINS, key);
        }
        assertThat(second.exhausted(LOGINS, key)).isTrue();

        first.reset();

        assertThat(second.exhausted(LOGINS, key)).isFalse();
    }

    @Test
    void theCountIsKeptInTheDatabase() {
        String key = UUID.randomUUID().toString();
        node().charge(LOGINS, key);
        assertThat(count("SELECT count(*) FROM rate_limit_bucket WHERE id = ?", "test-shared:" + key)).isOne();
    }
}
