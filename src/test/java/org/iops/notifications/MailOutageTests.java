package org.iops.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.iops.IopsApplication;
import org.iops.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mail survives an SMTP outage and is sent once however many nodes send: the outbox rows wait while the server is
 * down, are retried with backoff once it is back, and are claimed so that two nodes on one database never both
 * send one.
 */
class MailOutageTests extends SmtpContextTest {

    @Autowired
    Notifications notifications;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient db;

    @Autowired
    TestClock clock;

    @Autowired
    DataSource dataSource;

    private GreenMail smtp;

    @AfterEach
    void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void mailWrittenWhileTheServerIsDownArrivesOnceWhenItIsBack() {
        List<String> to = addresses("outage", 5);
        transactions.executeWithoutResult(status -> to.forEach(address ->
                notifications.sendToAddress(address, Locale.ENGLISH, "members.mail.joinAgain", "http://x/reset")));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(attempted(to))
                .as("every message was tried and is waiting for a retry").isEqualTo(to.size()));
        assertThat(waiting(to)).isEqualTo(to.size());
        assertThat(db.sql("SELECT min(next_attempt_at) FROM notification WHERE address = ANY(?)")
                .param(to.toArray(String[]::new)).query(Instant.class).single())
                .as("retried after a delay, not at once").isAfter(clock.instant());

        smtp = startSmtp();
        clock.advance(Duration.ofMinutes(1));

        await().atMost(Duration.ofSeconds(20)).until(() -> smtp.getReceivedMessages().length >= to.size());
        settle();
        for (String address : to) {
            assertThat(smtp.getReceivedMessagesForDomain(address)).as("messages to " + address).hasSize(1);
        }
        assertThat(waiting(to)).isZero();
    }

    @Test
    void twoNodesOnOneDatabaseNeverSendAMessageTwice() throws Exception {
        smtp = startSmtp();
        clock.set(Instant.now());
        String url = dataSource.unwrap(HikariDataSource.class).getJdbcUrl();
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(IopsApplication.class)
                .profiles("test")
                .properties("spring.datasource.url=" + url, "spring.datasource.username=postgres",
                        "server.port=0", "spring.mail.host=localhost", "spring.mail.port=" + SMTP_PORT,
                        "iops.notifications.sweep-every=100ms", "db-scheduler.polling-interval=100ms")
                .run()) {
            Notifications otherNode = second.getBean(Notifications.class);
            TransactionTemplate otherTransactions = second.getBean(TransactionTemplate.class);
            List<String> first = addresses("node-one", 20);
            List<String> other = addresses("node-two", 20);
            CompletableFuture<Void> one = CompletableFuture.runAsync(() -> first.forEach(address ->
                    transactions.executeWithoutResult(s -> notifications.sendToAddress(address, Locale.FRENCH,
                            "members.mail.joinAgain", "http://x/reset"))));
            CompletableFuture<Void> two = CompletableFuture.runAsync(() -> other.forEach(address ->
                    otherTransactions.executeWithoutResult(s -> otherNode.sendToAddress(address, Locale.GERMAN,
                            "members.mail.joinAgain", "http://x/reset"))));
            CompletableFuture.allOf(one, two).get();

            List<String> all = new ArrayList<>(first);
            all.addAll(other);
            await().atMost(Duration.ofSeconds(30)).until(() -> waiting(all) == 0);
            settle();
            for (String address : all) {
                assertThat(smtp.getReceivedMessagesForDomain(address)).as("messages to " + address).hasSize(1);
            }
            assertThat(smtp.getReceivedMessages()).hasSize(all.size());
        }
    }

    private long attempted(List<String> to) {
        return db.sql("SELECT count(*) FROM notification WHERE address = ANY(?) AND attempts >= 1 "
                + "AND last_error IS NOT NULL").param(to.toArray(String[]::new)).query(Long.class).single();
    }

    private long waiting(List<String> to) {
        return db.sql("SELECT count(*) FROM notification WHERE address = ANY(?) AND sent_at IS NULL")
                .param(to.toArray(String[]::new)).query(Long.class).single();
    }

    /** Waits until no more mail arrives for a second: a message sent twice would arrive by then. */
    private void settle() {
        int[] last = {-1};
        await().pollInterval(Duration.ofMillis(100)).during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(20))
                .until(() -> {
                    int now = smtp.getReceivedMessages().length;
                    boolean same = now == last[0];
                    last[0] = now;
                    return same;
                });
    }

    private static List<String> addresses(String prefix, int count) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            addresses.add(prefix + "-" + i + "-" + run + "@example.org");
        }
        return addresses;
    }
}
