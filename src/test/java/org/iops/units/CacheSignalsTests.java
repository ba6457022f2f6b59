package org.iops.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.iops.units.tree.Standings;
import org.iops.units.tree.UnitTreeCache;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two nodes of the application share the database: what one changes, the other's caches forget, through
 * PostgreSQL's LISTEN/NOTIFY ({@code web.CacheSignals}). "Another node" here is a NOTIFY sent with another node's id,
 * and a LISTEN connection of the test's own hears what this node announces.
 */
class CacheSignalsTests extends UnitsIntegrationTest {

    @Autowired
    UnitFixtures fixtures;
    @Autowired
    Standings standings;
    @Autowired
    UnitTreeCache tree;
    @Autowired
    UnitDirectory units;
    @Autowired
    JdbcClient db;
    @Autowired
    DataSource dataSource;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    org.iops.web.CacheSignals signals;

    @Test
    void aRoleEndedOnAnotherNodeIsForgottenHere() {
        UUID member = fixtures.memberIn("EC", UnitFixtures.unique("Cuenca"));
        fixtures.grant(member, Role.MODERATOR, fixtures.chapterOf(member));
        assertThat(standings.of(member).roles()).extracting(Standing.HeldRole::role).contains(Role.MODERATOR);

        // the other node ends the role in the database and tells the others; this node heard no event of its own
        db.sql("DELETE FROM unit_roles WHERE member_id = ?").param(member).update();
        assertThat(standings.of(member).roles()).as("still cached").isNotEmpty();
        db.sql("SELECT pg_notify('iops_caches', ?)").param("another-node|standing|" + member).query((rs, n) -> 1).list();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(standings.of(member).roles()).isEmpty());
    }

    @Test
    void aUnitRenamedOnAnotherNodeIsSeenHere() {
        UUID member = fixtures.memberIn("EC", UnitFixtures.unique("Loja"));
        UnitId chapter = new UnitId(fixtures.chapterOf(member));
        String before = units.find(chapter).orElseThrow().name();
        String renamed = UnitFixtures.unique("Loja Norte");
        db.sql("UPDATE units SET name = ? WHERE id = ?").params(renamed, chapter.value()).update();
        assertThat(units.find(chapter).orElseThrow().name()).as("still cached").isEqualTo(before);

        db.sql("SELECT pg_notify('iops_caches', 'another-node|tree|*')").query((rs, n) -> 1).list();

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(units.find(chapter).orElseThrow().name()).isEqualTo(renamed));
    }

    @Test
    void aContextStoppedAndStartedAgainStillAnnounces() throws Exception {
        // Spring's test context cache stops a context it pauses and starts it when a test needs it again
        signals.stop();
        signals.start();
        thisNodeAnnouncesWhatItForgetsAfterTheCommitAndNothingAfterARollback();
    }

    @Test
    void thisNodeAnnouncesWhatItForgetsAfterTheCommitAndNothingAfterARollback() throws Exception {
        try (Connection listening = dataSource.getConnection()) {
            listening.setAutoCommit(true);
            try (Statement statement = listening.createStatement()) {
                statement.execute("LISTEN iops_caches");
            }
            UUID rolledBack = UUID.randomUUID();
            UUID committed = UUID.randomUUID();
            transactions.executeWithoutResult(status -> {
                standings.forget(rolledBack);
                status.setRollbackOnly();
            });
            transactions.executeWithoutResult(status -> standings.forget(committed));
            tree.invalidate();

            List<String> heard = new ArrayList<>();
            PGConnection postgres = listening.unwrap(PGConnection.class);
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                PGNotification[] received = postgres.getNotifications(200);
                for (PGNotification notification : received == null ? new PGNotification[0] : received) {
                    heard.add(notification.getParameter().substring(notification.getParameter().indexOf('|') + 1));
                }
                assertThat(heard).contains("standing|" + committed, "tree|*");
            });
            assertThat(heard).doesNotContain("standing|" + rolledBack);
        }
    }
}
