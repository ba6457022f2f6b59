package org.iops;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.iops.blogs.BlogTestBeans;
import org.iops.comments.TestPages;
import org.iops.forums.TestAttachments;
import org.iops.notifications.TestAudience;
import org.iops.notifications.TestNotificationKinds;
import org.iops.notifications.TestReplies;
import org.iops.units.InternationalAdminsReset;
import org.iops.units.TestMembers;
import org.iops.units.TestSections;
import org.iops.units.UnitFixtures;
import org.iops.web.StatementLog;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.annotation.Import;

/**
 * What every shared test context carries, and the same set everywhere so that Spring's test context cache reuses
 * the contexts: the movable {@link TestClock} (back at the system's time after each test) and the fixtures that
 * write real members and units ({@link TestMembers}, {@link UnitFixtures}), a content type of the tests' own
 * ({@link TestContent}, {@code test.item}, with its page {@link TestContentPage}), two unit sections as another
 * module would contribute them, on chapters named for them only ({@link TestSections}), a footer and a below
 * attachment on forum items ({@link TestAttachments}), what comments and spam defences contribute to blog posts, on
 * marked posts only ({@link BlogTestBeans}), a content type with its own page ({@link TestPages}), and notification
 * kinds, an audience and threads answerable by email as a feature module declares them ({@link TestNotificationKinds},
 * {@link TestAudience}, {@link TestReplies}), the removal after each class of the international admins it made
 * ({@link InternationalAdminsReset}), and the log of the SQL a test's own thread sends ({@link StatementLog}: it
 * records only while a test watches, and a test class that imported it alone started a context of its own). Nothing
 * here replaces a module.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Import({TestClock.Config.class, TestMembers.class, UnitFixtures.class, TestSections.class, TestAttachments.class,
        BlogTestBeans.class, TestPages.class, TestNotificationKinds.class, TestAudience.class, TestReplies.class,
        TestContent.class, TestContentPage.class, StatementLog.class})
@ExtendWith({TestClock.Reset.class, InternationalAdminsReset.class})
public @interface TestFixtures {
}
