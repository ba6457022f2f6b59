package org.iops.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.iops.members.MembersIntegrationTest;
import org.iops.shared.TooManyRequestsException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The rate limits live in the database: two application nodes (two limiters on one database) count against one
 * allowance, so a second node does not double what an attacker may try.
 */
class SharedRateLimitTests extends MembersIntegrationTest {

    private static final RateLimiter.Limit LOGINS = new RateLimiter.Limit("test-shared", 4, Duration.ofMinutes(10));

    @Autowired
    DataSource dataSource;
    @Autowired
    Clock clock;

    @Test
    void twoNodesShareOneAllowance() {
        RateLimiter first = new RateLimiter(clock, dataSource);
        RateLimiter second = new RateLimiter(clock, dataSource);
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
        RateLimiter first = new RateLimiter(clock, dataSource);
        RateLimiter second = new RateLimiter(clock, dataSource);
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
        new RateLimiter(clock, dataSource).charge(LOGINS, key);
        assertThat(count("SELECT count(*) FROM rate_limit_bucket WHERE id = ?", "test-shared:" + key)).isOne();
    }
}
