package org.iops.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iops.ApplicationTest;
import org.iops.TestClock;
import org.iops.members.Outbox;
import org.iops.notifications.inbox.Preferences;
import org.iops.notifications.mail.AudienceFanout;
import org.iops.units.TestMembers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Telling a whole audience: one row in the sender's transaction, expanded afterwards into exactly one notification
 * per member, as {@code notify} writes it (the member's choice of delivery, the bell), even across a crash.
 */
@ApplicationTest
class AudienceNotificationsTests {

    private static final int CROWD = 20_000;

    @Autowired
    Notifications notifications;

    @Autowired
    TestAudience audience;

    @Autowired
    AudienceFanout fanout;

    @Autowired
    TestMembers members;

    @Autowired
    Preferences preferences;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient db;

    @Value("${iops.base-url}")
    String baseUrl;

    private static List<UUID> strangers(int count) {
        List<UUID> crowd = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            crowd.add(UUID.randomUUID());
        }
        return crowd;
    }

    private String tell(String key, String title) {
        String link = baseUrl + "/test-notices/" + UUID.randomUUID();
        transactions.executeWithoutResult(status -> notifications.notifyAudience(TestAudience.NAME, key,
                TestNotificationKinds.NOTICE, link, NotificationPlace.NONE, Parameter.text(title),
                Parameter.recipientName()));
        return link;
    }

    /** Lines in the members' lists for this link, the notifications they joined, and the members they are for. */
    private List<Integer> told(String link) {
        return db.sql("SELECT count(*)::int, coalesce(sum(count), 0)::int, count(DISTINCT member_id)::int "
                        + "FROM member_notification WHERE link = ?")
                .param(link).query((rs, n) -> List.of(rs.getInt(1), rs.getInt(2), rs.getInt(3))).single();
    }

    private int linesOf(UUID member, String link) {
        return db.sql("SELECT count(*) FROM member_notification WHERE member_id = ? AND link = ?")
                .params(member, link).query(Integer.class).single();
    }

    @Test
    void everyMemberOfALargeAudienceIsToldOnceAsTheyChose() {
        UUID rosa = members.add("Rosa");
        UUID ben = members.add("Ben");
        preferences.choose(rosa, Map.of(TestNotificationKinds.NOTICE, Delivery.IMMEDIATELY));
        List<UUID> crowd = strangers(CROWD - 2);
        crowd.add(rosa);
        crowd.add(ben);
        String key = audience.register(crowd);

        String link = tell(key, "Spring assembly");

        // expanded after the commit, by this thread or the scheduler's, whichever takes the row first
        await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> assertThat(told(link))
                .as("lines, notifications, members").containsExactly(CROWD, CROWD, CROWD));
        // Rosa asked for these right away: her email came; Ben kept the default (the list only): none for him
        Outbox.Mail mail = Outbox.latest(rosa + "@example.org", 1);
        assertThat(mail.subject()).isEqualTo("A notice about \"Spring assembly\"");
        assertThat(mail.text()).contains("Hello Rosa", link);
        assertThat(linesOf(ben, link)).isOne();
        assertThat(db.sql("SELECT count(*) FROM notification WHERE member_id = ? AND kind = ?")
                .params(ben, TestNotificationKinds.NOTICE).query(Integer.class).single()).isZero();

        fanout.expandWaiting();
        assertThat(told(link)).as("a second round tells nobody again").containsExactly(CROWD, CROWD, CROWD);
    }

    @Test
    void anExpansionThatFailsHalfwayResumesWithoutTellingAnyoneTwice() {
        String key = audience.register(strangers(CROWD));
        audience.failOnceAfter(key, CROWD / 2);

        String link = tell(key, "Budget");

        await().atMost(Duration.ofMinutes(2)).until(() -> db.sql("SELECT last_error IS NOT NULL AND done_at IS NULL "
                + "FROM notification_fanout WHERE audience_key = ?").param(key).query(Boolean.class).single());
        List<Integer> before = told(link);
        assertThat(before.get(0)).as("the batches before the failure stay told").isPositive().isLessThan(CROWD);
        assertThat(before.get(1)).isEqualTo(before.get(0));
        assertThat(told(link)).as("nothing more while it waits to try again").isEqualTo(before);

        clock.advance(Duration.ofMinutes(1));
        fanout.expandWaiting();

        await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> assertThat(told(link))
                .as("lines, notifications, members").containsExactly(CROWD, CROWD, CROWD));
        await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> assertThat(db.sql(
                "SELECT expanded FROM notification_fanout WHERE audience_key = ? AND done_at IS NOT NULL")
                .param(key).query(Integer.class).list()).containsExactly(CROWD));
    }

    @Test
    void aRolledBackSenderTellsNobody() {
        UUID rosa = members.add("Rosa");
        String key = audience.register(List.of(rosa));
        String link = baseUrl + "/test-notices/" + UUID.randomUUID();

        transactions.executeWithoutResult(status -> {
            notifications.notifyAudience(TestAudience.NAME, key, TestNotificationKinds.NOTICE, link,
                    NotificationPlace.NONE, Parameter.text("Withdrawn"), Parameter.recipientName());
            status.setRollbackOnly();
        });
        fanout.expandWaiting();

        assertThat(linesOf(rosa, link)).isZero();
        assertThat(db.sql("SELECT count(*) FROM notification_fanout WHERE audience_key = ?").param(key)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void membersTheSenderLeavesOutAreNotTold() {
        UUID author = members.add("Author");
        UUID reader = members.add("Reader");
        String key = audience.register(List.of(author, reader));
        String link = baseUrl + "/test-notices/" + UUID.randomUUID();

        transactions.executeWithoutResult(status -> notifications.notifyAudience(TestAudience.NAME, key,
                java.util.Set.of(author), TestNotificationKinds.NOTICE, link, NotificationPlace.NONE,
                Parameter.text("My proposal"), Parameter.recipientName()));

        await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> assertThat(linesOf(reader, link)).isOne());
        assertThat(linesOf(author, link)).isZero();
    }

    @Test
    void anAudienceNobodyDeclaredIsRefusedAtOnce() {
        assertThatThrownBy(() -> notifications.notifyAudience("nobody.declared", "1", TestNotificationKinds.NOTICE,
                null, NotificationPlace.NONE)).isInstanceOf(IllegalArgumentException.class);
    }
}
