package org.iops.journey;

import org.iops.ApplicationTest;
import org.iops.units.UnitFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The journey's MockMvc tests, in the shared context: each test starts with a chapter of its own. */
@ApplicationTest
abstract class JourneyTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitFixtures fixtures;
    @Autowired
    JdbcClient db;

    JourneyWorld world;

    @BeforeEach
    void world() throws Exception {
        world = JourneyWorld.make(mvc, fixtures, db);
    }
}
