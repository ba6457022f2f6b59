package org.iops.polls;

import org.iops.TestClock;
import org.iops.polls.core.Closing;
import org.iops.polls.core.Voting;
import org.iops.units.UnitFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the polls tests share, in the one application context: the module's API, voting and closing, the unit
 * fixtures, the test clock, the database and MockMvc. A test class adds {@code @ApplicationTest} and its own beans.
 */
public abstract class PollsTestBase {

    @Autowired
    protected Polls polls;
    @Autowired
    protected Voting voting;
    @Autowired
    protected Closing closing;
    @Autowired
    protected UnitFixtures fixtures;
    @Autowired
    protected TestClock clock;
    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    protected MockMvc mvc;
}
