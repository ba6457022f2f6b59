package org.iops.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.util.UUID;
import org.iops.TestClock;
import org.iops.web.RateLimiter;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Searching costs the database a full-text query each time, so a member (by their account) and visitors (by their
 * address) have an allowance a minute; past it the 429 page, in the reader's language, says to wait. The empty form
 * costs nothing, and one reader's searches do not use up another's.
 */
class SearchLimitTests extends SearchIntegrationTest {

    @Autowired
    RateLimiter limiter;
    @Autowired
    TestClock clock;

    /** Fresh allowances, and a clock that stands still: a running one refills them while the test searches. */
    @BeforeEach
    void freshAllowances() {
        limiter.reset();
        clock.set(clock.instant());
    }

    private MockHttpServletResponse search(@Nullable UUID member, String address) throws Exception {
        return as(member, get("/search").param("q", token()).header("Accept-Language", "de").with(request -> {
            request.setRemoteAddr(address);
            return request;
        }));
    }

    @Test
    void aMemberSearchingWithoutPauseIsAskedToWait() throws Exception {
        UUID member = fixtures.memberIn("PT", org.iops.units.UnitFixtures.unique("Braga"));
        for (int i = 0; i < 60; i++) {
            assertThat(search(member, "198.51.100.20").getStatus()).as("search " + (i + 1)).isEqualTo(200);
            assertThat(as(member, get("/search")).getStatus()).as("the empty form costs nothing").isEqualTo(200);
        }
        MockHttpServletResponse limited = search(member, "198.51.100.21");
        assertThat(limited.getStatus()).as("another address does not help a member").isEqualTo(429);
        assertThat(limited.getHeader("Retry-After")).isNotBlank();
        assertThat(limited.getContentAsString()).contains("Zu viele Versuche")
                .contains("Du hast es in kurzer Zeit zu oft versucht");
        assertThat(search(fixtures.memberIn("PT", org.iops.units.UnitFixtures.unique("Braga")), "198.51.100.20")
                .getStatus()).as("another member searches as before").isEqualTo(200);

        clock.advance(Duration.ofMinutes(1));
        assertThat(search(member, "198.51.100.20").getStatus()).as("a minute later").isEqualTo(200);
    }

    @Test
    void visitorsBehindOneAddressShareAnAllowanceOfTheirOwn() throws Exception {
        for (int i = 0; i < 120; i++) {
            assertThat(search(null, "203.0.113.120").getStatus()).as("search " + (i + 1)).isEqualTo(200);
        }
        assertThat(search(null, "203.0.113.120").getStatus()).isEqualTo(429);
        assertThat(search(null, "203.0.113.121").getStatus()).as("another address").isEqualTo(200);
        assertThat(search(fixtures.memberIn("PT", org.iops.units.UnitFixtures.unique("Braga")), "203.0.113.120")
                .getStatus()).as("a member behind that address counts on their own").isEqualTo(200);
    }
}
