package org.iops.demo;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Fills an empty database with the demo organization when started with {@code --iops.demo.members=N}. Each module
 * writes its own part through a {@link DemoContribution}, in order, all in one transaction with COPY, so a failed
 * load leaves nothing behind; then each part recomputes what derives from its rows. The same seed gives the same
 * organization.
 */
@Component
@Order(0)
@ConditionalOnProperty("iops.demo.members")
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DataSource dataSource;
    private final List<DemoContribution> contributions;
    private final ConfigurableApplicationContext context;
    private final int memberCount;
    private final long seed;
    private final boolean replace;
    private final boolean exitAfterLoad;

    DemoDataLoader(DataSource dataSource, ObjectProvider<DemoContribution> contributions,
            ConfigurableApplicationContext context, @Value("${iops.demo.members}") int memberCount,
            @Value("${iops.demo.seed:2026}") long seed, @Value("${iops.demo.replace:false}") boolean replace,
            @Value("${iops.demo.exit-after-load:false}") boolean exitAfterLoad) {
        if (memberCount < 0 || memberCount > 5_000_000) {
            throw new IllegalArgumentException("iops.demo.members must be between 0 and 5,000,000");
        }
        this.dataSource = dataSource;
        this.contributions = contributions.orderedStream().toList();
        this.context = context;
        this.memberCount = memberCount;
        this.seed = seed;
        this.replace = replace;
        this.exitAfterLoad = exitAfterLoad;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            if (hasMembers(connection) && !replace) {
                log.warn("Demo data: the database already has members; nothing loaded "
                        + "(start with --iops.demo.replace=true to replace everything by the demo organization)");
            } else {
                Instant start = Instant.now();
                DemoLoad load = new DemoLoad(connection, seed, memberCount);
                if (replace) {
                    log.info("Demo data: removing existing members and units");
                    for (int i = contributions.size() - 1; i >= 0; i--) {
                        contributions.get(i).wipe(load);
                    }
                }
                for (DemoContribution contribution : contributions) {
                    timed(contribution, "written", () -> contribution.write(load));
                }
                timed(this, "rebuilt the deferred indexes and foreign keys", load::rebuildIndexes);
                timed(this, "committed", connection::commit);
                for (DemoContribution contribution : contributions) {
                    timed(contribution, "derived", contribution::loaded);
                }
                try (Statement analyze = connection.createStatement()) {
                    connection.setAutoCommit(true);
                    timed(this, "analyzed", () -> analyze.execute("ANALYZE"));
                }
                log.info("Demo data: loaded {} branches, {} chapters and {} members in {} s. "
                        + "Log in as admin@{} with password {}", load.branches().size(), load.chapters().size(),
                        memberCount, Duration.between(start, Instant.now()).toSeconds(), DemoLoad.EMAIL_DOMAIN,
                        DemoLoad.DEMO_PASSWORD);
            }
        }
        if (exitAfterLoad) {
            System.exit(SpringApplication.exit(context, () -> 0));
        }
    }

    /** A step of the load, logged with its time, so that what is slow at a million rows shows. */
    private interface Step {
        void run() throws SQLException;
    }

    private static void timed(Object part, String what, Step step) throws SQLException {
        long start = System.nanoTime();
        step.run();
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (millis >= 100) {
            log.info("Demo data: {} {} in {} ms", org.springframework.util.ClassUtils.getUserClass(part).getSimpleName(),
                    what, millis);
        }
    }

    private static boolean hasMembers(Connection connection) throws SQLException {
        try (Statement query = connection.createStatement();
                ResultSet rs = query.executeQuery("SELECT EXISTS (SELECT 1 FROM member)")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }
}
