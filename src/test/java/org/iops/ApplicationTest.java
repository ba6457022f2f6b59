package org.iops;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The one full application context (MockMvc, one embedded database) that the MockMvc integration tests of every
 * module share: {@code MembersIntegrationTest}, {@code UnitsIntegrationTest}, {@code PagesIntegrationTest}. Spring
 * starts it once per test run as long as no test adds to it; a test class that adds properties, an
 * {@code @Import}, a {@code @MockitoBean} or {@code @DirtiesContext} starts a context of its own (seconds, and
 * another database), so add fixtures to {@link TestFixtures} instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(classes = IopsApplication.class)
@AutoConfigureMockMvc
@TestFixtures
public @interface ApplicationTest {
}
