package org.iops.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.iops.ApplicationTest;
import org.iops.TestClock;
import org.iops.members.Outbox;
import org.iops.members.account.Accounts;
import org.iops.notifications.inbox.Preferences;
import org.iops.notifications.mail.Digests;
import org.iops.units.TestMembers;
import org.iops.units.UnitFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** What reaches a member by email follows their choice per kind; digests go once; one click turns a kind off. */
@ApplicationTest
class EmailChoicesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Notifications notifications;
    @Autowired
    TestMembers members;
    @Autowired
    UnitFixtures fixtures;
    @Autowired
    Preferences preferences;
    @Autowired
    Digests digests;
    @Autowired
    Accounts accounts;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcClient db;
    @Value("${iops.base-url}")
    String baseUrl;

    private void like(UUID member, String post, String liker) {
        notifications.notify(member, TestNotificationKinds.LIKE, baseUrl + "/posts/" + post, Parameter.text(liker),
                Parameter.text("Post " + post), Parameter.recipientName());
    }

    private int lines(UUID member) {
        return db.sql("SELECT count(*) FROM member_notification WHERE member_id = ?").param(member)
                .query(Integer.class).single();
    }

    private static String address(UUID member) {
        return member + "@example.org";
    }

    private static MimeMessage headersOf(Outbox.Mail mail) throws Exception {
        try (InputStream in = Files.newInputStream(mail.file())) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        }
    }

    @Test
    void neverMeansNoEmailButTheNotificationIsListed() {
        UUID rosa = members.add("Rosa");
        preferences.choose(rosa, Map.of(TestNotificationKinds.LIKE, Delivery.NEVER));
        like(rosa, "fair", "Ben");
        notifications.notify(rosa, TestNotificationKinds.REPLY, baseUrl + "/threads/1", Parameter.text("Carl"),
                Parameter.text("Assembly"), Parameter.recipientName());

        assertThat(Outbox.latest(address(rosa), 1).subject()).isEqualTo("Carl replied in \"Assembly\"");
        assertThat(Outbox.settledCount(address(rosa))).isEqualTo(1);
        assertThat(lines(rosa)).isEqualTo(2);
    }

    @Test
    void dailyMeansOnlyInTheDigestWhichGoesOnceEvenWhenTheTaskRunsTwice() throws Exception {
        UUID rosa = members.add("Rosa");
        preferences.choose(rosa, Map.of(TestNotificationKinds.LIKE, Delivery.DAILY));
        UUID chapter = UUID.randomUUID();
        notifications.notify(rosa, TestNotificationKinds.LIKE, baseUrl + "/posts/fair",
                NotificationPlace.unit(chapter, "Porto Alegre"), Parameter.text("Ben"), Parameter.text("Spring fair"),
                Parameter.recipientName());
        notifications.notify(rosa, TestNotificationKinds.LIKE, baseUrl + "/posts/fair",
                NotificationPlace.unit(chapter, "Porto Alegre"), Parameter.text("Dora"), Parameter.text("Spring fair"),
                Parameter.recipientName());
        like(rosa, "market", "Emil");
        assertThat(Outbox.settledCount(address(rosa))).as("nothing at once").isZero();

        digests.send(Delivery.DAILY);
        Outbox.Mail digest = Outbox.latest(address(rosa), 1);
        assertThat(digest.subject()).isEqualTo("Your day: 2 notifications");
        assertThat(digest.text()).containsSubsequence("== Porto Alegre ==", "2 people liked your post",
                "Dora, Ben", "Read from the first unread: " + baseUrl + "/posts/fair",
                "== Elsewhere on the site ==", "Emil liked your post", baseUrl + "/posts/market");
        assertThat(digest.text()).contains(baseUrl + "/me/notifications", baseUrl + "/unsubscribe/");
        assertThat(headersOf(digest).getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");

        like(rosa, "later", "Fritz");
        digests.send(Delivery.DAILY);
        digests.send(Delivery.DAILY);
        assertThat(Outbox.settledCount(address(rosa))).as("one digest a day, however often it runs").isEqualTo(1);

        clock.advance(Duration.ofDays(1));
        digests.send(Delivery.DAILY);
        assertThat(Outbox.latest(address(rosa), 2).text()).contains("Fritz liked your post")
                .doesNotContain("Emil");
    }

    @Test
    void aWeeklyKindWaitsForTheWeeklyDigestAndNothingReadOnTheSiteIsSentAgain() throws Exception {
        UUID rosa = members.add("Rosa");
        UUID ana = members.add("Ana");
        for (UUID member : new UUID[] {rosa, ana}) {
            notifications.notify(member, TestNotificationKinds.SUMMARY, baseUrl + "/units/x", Parameter.text("Lisbon"));
        }
        mvc.perform(post("/notifications/read-all").with(csrf()).with(fixtures.as(ana)));

        digests.send(Delivery.WEEKLY);
        assertThat(Outbox.latest(address(rosa), 1).subject()).isEqualTo("Your week: 1 notification");
        assertThat(Outbox.settledCount(address(ana))).as("already read on the site: nothing to send").isZero();
    }

    @Test
    void theSettingsFormSavesEachKindAndRefusesAValueThatIsNoChoice() throws Exception {
        UUID rosa = members.add("Rosa");
        String form = mvc.perform(get("/me/notifications").with(fixtures.as(rosa))).andReturn().getResponse()
                .getContentAsString();
        assertThat(form).contains("When someone likes my post", "News from what I follow", "In the weekly digest",
                "When someone mentions me");

        mvc.perform(post("/me/notifications").with(csrf()).with(fixtures.as(rosa))
                        .param(TestNotificationKinds.LIKE, "WEEKLY").param(TestNotificationKinds.REPLY, "NEVER"))
                .andExpect(redirectedUrl("/me/notifications"));
        assertThat(preferences.chosen(rosa)).containsEntry(TestNotificationKinds.LIKE, Delivery.WEEKLY)
                .containsEntry(TestNotificationKinds.REPLY, Delivery.NEVER);

        String refused = mvc.perform(post("/me/notifications").with(csrf()).with(fixtures.as(rosa))
                        .param(TestNotificationKinds.LIKE, "DAILY").param(TestNotificationKinds.REPLY, "HOURLY"))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Choose one of the options", "There is a problem");
        assertThat(preferences.chosen(rosa)).as("nothing half-written")
                .containsEntry(TestNotificationKinds.LIKE, Delivery.WEEKLY);
        assertThat(mvc.perform(get("/me").with(fixtures.as(rosa))).andReturn().getResponse().getContentAsString())
                .contains("href=\"/me/notifications\"");
    }

    @Test
    void everyEmailOfADeclaredKindUnsubscribesInOneClickWithoutSigningIn() throws Exception {
        UUID rosa = members.add("Rosa");
        like(rosa, "fair", "Ben");
        Outbox.Mail mail = Outbox.latest(address(rosa), 1);
        MimeMessage message = headersOf(mail);
        assertThat(message.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        String header = message.getHeader("List-Unsubscribe")[0];
        assertThat(header).startsWith("<" + baseUrl + "/unsubscribe/")
                .contains(", <mailto:unsubscribe@replies.example.org?subject=unsubscribe%20");
        String path = header.substring(baseUrl.length() + 1, header.indexOf('>'));
        assertThat(mail.text()).contains(baseUrl + "/me/notifications", baseUrl + path);

        String page = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("When someone likes my post", "Stop these emails");
        assertThat(preferences.chosen(rosa)).as("a GET changes nothing").isEmpty();

        String done = mvc.perform(post(path).param("List-Unsubscribe", "One-Click")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(done).contains("You no longer get emails for", "When someone likes my post");
        assertThat(preferences.chosen(rosa)).containsEntry(TestNotificationKinds.LIKE, Delivery.NEVER);

        like(rosa, "market", "Emil");
        assertThat(Outbox.settledCount(address(rosa))).isEqualTo(1);
        assertThat(lines(rosa)).isEqualTo(2);
    }

    @Test
    void aForgedOrAlteredUnsubscribeTokenChangesNothing() throws Exception {
        UUID rosa = members.add("Rosa");
        like(rosa, "fair", "Ben");
        String header = headersOf(Outbox.latest(address(rosa), 1)).getHeader("List-Unsubscribe")[0];
        String url = header.substring(1, header.indexOf('>'));
        String token = url.substring(url.lastIndexOf('/') + 1);
        String payload = token.substring(0, token.indexOf('.'));
        String signature = token.substring(token.indexOf('.') + 1);
        String otherSignature = (signature.charAt(0) == 'A' ? "B" : "A") + signature.substring(1);
        // the same signature on the token of another kind, and a signature changed by one character
        String otherKind = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                (new String(java.util.Base64.getUrlDecoder().decode(payload), java.nio.charset.StandardCharsets.ISO_8859_1)
                        .substring(0, 16) + TestNotificationKinds.REPLY).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        for (String forged : new String[] {payload + "." + otherSignature, otherKind + "." + signature, "nonsense",
                payload}) {
            mvc.perform(get("/unsubscribe/" + forged)).andExpect(status().isNotFound());
            mvc.perform(post("/unsubscribe/" + forged)).andExpect(status().isNotFound());
        }
        assertThat(preferences.chosen(rosa)).isEmpty();
    }

    @Test
    void theDataExportHoldsTheListAndTheChoicesOfThatMemberOnly() throws Exception {
        UUID rosa = members.add("Rosa");
        UUID ana = members.add("Ana");
        like(rosa, "fair", "Ben");
        like(ana, "secret", "Carl");
        preferences.choose(rosa, Map.of(TestNotificationKinds.LIKE, Delivery.WEEKLY));
        String export = mvc.perform(get("/me/export").with(fixtures.as(rosa))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(export).contains("\"notifications\"", "\"notificationChoices\"", "Post fair", "\"WEEKLY\"")
                .doesNotContain("Post secret");
    }

    @Test
    void aDeletedAccountTakesItsListItsChoicesAndItsWaitingEmailsWithIt() {
        UUID rosa = members.add("Rosa");
        like(rosa, "fair", "Ben");
        preferences.choose(rosa, Map.of(TestNotificationKinds.REPLY, Delivery.DAILY));
        transactions.executeWithoutResult(status -> {
            like(rosa, "market", "Emil");
            accounts.delete(rosa);
        });
        assertThat(lines(rosa)).isZero();
        assertThat(preferences.chosen(rosa)).isEmpty();
        assertThat(db.sql("SELECT count(*) FROM notification WHERE member_id = ?").param(rosa).query(Integer.class)
                .single()).isZero();
        assertThat(Outbox.settledCount(address(rosa))).as("the like before, and the goodbye").isEqualTo(2);
        assertThat(Outbox.to(address(rosa))).extracting(Outbox.Mail::subject)
                .noneMatch(subject -> subject.contains("Emil"));
    }
}
