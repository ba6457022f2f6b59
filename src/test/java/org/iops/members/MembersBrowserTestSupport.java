package org.iops.members;

import org.iops.members.account.Accounts;
import org.iops.web.BrowserTestSupport;
import org.iops.web.RateLimiter;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Browser tests with members: the accounts to make them, the database to confirm them, fresh rate limits. */
public abstract class MembersBrowserTestSupport extends BrowserTestSupport {

    @Autowired
    protected Accounts accounts;

    @Autowired
    protected JdbcClient db;

    @Autowired
    protected RateLimiter limiter;

    @BeforeEach
    void freshLimits() {
        limiter.reset();
    }
}
