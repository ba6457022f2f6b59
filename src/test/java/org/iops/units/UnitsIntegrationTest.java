package org.iops.units;

import org.iops.ApplicationTest;

/**
 * The units integration tests, with real members ({@link TestMembers}) placed and given roles by {@link UnitFixtures},
 * in the context every module's MockMvc tests share ({@link ApplicationTest}).
 */
@ApplicationTest
public abstract class UnitsIntegrationTest {
}
