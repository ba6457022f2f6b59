package org.iops.moderation;

import org.iops.ApplicationTest;
import org.iops.TestClock;
import org.iops.TestContent;
import org.iops.content.Contents;
import org.iops.units.UnitFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The moderation tests: a fresh {@link ModerationWorld} for each test, in the context every MockMvc test shares. */
@ApplicationTest
abstract class ModerationIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitFixtures fixtures;
    @Autowired
    TestContent items;
    @Autowired
    JdbcClient db;
    @Autowired
    Contents contents;
    @Autowired
    TestClock clock;

    ModerationWorld world;

    @BeforeEach
    void world() {
        world = ModerationWorld.make(fixtures, items, mvc, db);
    }
}
