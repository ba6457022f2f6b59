package org.iops.units;

import org.iops.IopsApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/** One Spring context (and one embedded database) for every units integration test. */
@SpringBootTest(classes = IopsApplication.class)
@AutoConfigureMockMvc
@Import({TestMembers.class, UnitFixtures.class, TestSections.class})
public abstract class UnitsIntegrationTest {
}
