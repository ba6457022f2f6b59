package org.iops.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;
import org.iops.ApplicationTest;
import org.iops.members.Outbox;
import org.iops.notifications.inbox.Preferences;
import org.iops.units.TestMembers;
import org.iops.units.UnitFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The bell and the notification list, as the member they are for sees them, and as nobody else does. */
@ApplicationTest
class NotificationListTests {

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
    org.iops.members.account.Accounts accounts;

    @Autowired
    JdbcClient db;

    @Value("${iops.base-url}")
    String baseUrl;

    private void like(UUID member, String post, String liker, String title) {
        notifications.notify(member, TestNotificationKinds.LIKE, baseUrl + "/posts/" + post, Parameter.text(liker),
                Parameter.text(title), Parameter.recipientName());
    }

    private String page(UUID member, String path) throws Exception {
        return mvc.perform(get(path).with(fixtures.as(member))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private UUID lineOf(UUID member) {
        return db.sql("SELECT id FROM member_notification WHERE member_id = ? ORDER BY updated_at DESC LIMIT 1")
                .param(member).query(UUID.class).single();
    }

    @Test
    void aDeletedMembersNameLeavesEveryoneElsesNotificationsAndWaitingMail() throws Exception {
        String name = "Lena" + UUID.randomUUID().toString().substring(0, 8);
        UUID lena = members.add(name);
        UUID rosa = members.add("Rosa");
        like(rosa, "fair", name, "Spring fair");
        assertThat(page(rosa, "/notifications")).contains(name + " liked your post");

        accounts.delete(lena);
        assertThat(page(rosa, "/notifications")).contains("former member liked your post").doesNotContain(name);
        assertThat(page(rosa, "/me/export")).contains("members.former").doesNotContain(name);
        assertThat(db.sql("SELECT count(*) FROM notification WHERE parameters::text LIKE ?").param("%" + name + "%")
                .query(Long.class).single()).as("mail still waiting").isZero();
    }

    @Test
    void theBellCountsTheReadersUnreadNotificationsAndTheListShowsOnlyTheirOwn() throws Exception {
        UUID rosa = members.add("Rosa");
        UUID ana = members.add("Ana");
        assertThat(page(rosa, "/notifications/bell")).doesNotContain("notifications-count");
        like(rosa, "fair", "Ben", "Spring fair");
        like(ana, "secret", "Carl", "Ana keeps this to herself");

        assertThat(page(rosa, "/notifications/bell")).contains("notifications-count", ">1<", "1 unread");
        String list = page(rosa, "/notifications");
        assertThat(list).contains("Ben liked your post", "Spring fair", "1 unread notification")
                .doesNotContain("Ana keeps this", "Carl");

        // the layout waits for nothing: it only asks for the bell once the page is there
        assertThat(page(rosa, "/me")).contains("hx-get=\"/notifications/bell\"", "href=\"/notifications\"")
                .doesNotContain("notifications-count");
    }

    @Test
    void anotherMembersNotificationCannotBeOpenedOrMarkedRead() throws Exception {
        UUID rosa = members.add("Rosa");
        UUID ana = members.add("Ana");
        like(ana, "private", "Carl", "Draft for the assembly");
        UUID anasLine = lineOf(ana);

        mvc.perform(post("/notifications/" + anasLine + "/open").with(csrf()).with(fixtures.as(rosa)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/notifications/" + anasLine + "/read").with(csrf()).with(fixtures.as(rosa)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/notifications").param("after", anasLine.toString()).with(fixtures.as(rosa)))
                .andExpect(status().isOk());
        assertThat(page(ana, "/notifications/bell")).contains("1 unread");
        mvc.perform(post("/notifications/not-an-id/open").with(csrf()).with(fixtures.as(rosa)))
                .andExpect(status().isNotFound());
    }

    @Test
    void unreadLikesOfOnePostCollapseIntoOneLineWithTheCountAndTheLatestNames() throws Exception {
        UUID rosa = members.add("Rosa");
        like(rosa, "fair", "Ben", "Spring fair");
        like(rosa, "fair", "Carl", "Spring fair");
        like(rosa, "fair", "Dora", "Spring fair");
        like(rosa, "market", "Emil", "Night market");

        String list = page(rosa, "/notifications");
        assertThat(list).contains("3 people liked your post", "Dora, Carl", "Emil liked your post", "2 unread");
        assertThat(page(rosa, "/notifications/bell")).contains(">2<");

        // once read, the next like starts a line of its own
        mvc.perform(post("/notifications/read-all").with(csrf()).with(fixtures.as(rosa)))
                .andExpect(redirectedUrl("/notifications"));
        like(rosa, "fair", "Fritz", "Spring fair");
        assertThat(page(rosa, "/notifications")).contains("Fritz liked your post", "3 people liked your post",
                "1 unread notification");
    }

    @Test
    void openingALineMarksItReadAndLeadsToItsItem() throws Exception {
        UUID rosa = members.add("Rosa");
        like(rosa, "fair", "Ben", "Spring fair");
        like(rosa, "market", "Emil", "Night market");
        UUID latest = lineOf(rosa);

        mvc.perform(post("/notifications/" + latest + "/open").with(csrf()).with(fixtures.as(rosa)))
                .andExpect(redirectedUrl("/posts/market"));
        assertThat(page(rosa, "/notifications/bell")).contains("1 unread");

        mvc.perform(post("/notifications/read-all").with(csrf()).with(fixtures.as(rosa)))
                .andExpect(redirectedUrl("/notifications"));
        assertThat(page(rosa, "/notifications/bell")).doesNotContain("notifications-count");
        assertThat(page(rosa, "/notifications")).contains("Nothing unread.", "Spring fair", "Night market");
    }

    @Test
    void theListPagesOlderNotificationsByKeyset() throws Exception {
        UUID rosa = members.add("Rosa");
        for (int i = 1; i <= 25; i++) {
            like(rosa, "post" + i, "Liker" + i, "Post number " + i);
        }
        String first = page(rosa, "/notifications");
        assertThat(first).contains("Post number 25", "Post number 6").doesNotContain("Post number 5<")
                .contains("rel=\"next\"");
        String after = first.replaceAll("(?s).*href=\"/notifications\\?after=([0-9a-f-]{36})\".*", "$1");
        String second = page(rosa, "/notifications?after=" + after);
        assertThat(second).contains("Post number 5", "Post number 1").doesNotContain("Post number 6<")
                .doesNotContain("rel=\"next\"");
    }

    @Test
    void aLineIsWrittenInTheReadersLanguageWhenShown() throws Exception {
        UUID rosa = members.add("Rosa");
        notifications.notify(rosa, "content.mention", baseUrl + "/posts/x", Parameter.text("Ben"),
                Parameter.text("Asamblea"), Parameter.recipientName());
        assertThat(mvc.perform(get("/notifications").header("Accept-Language", "de").with(fixtures.as(rosa)))
                .andReturn().getResponse().getContentAsString()).contains("Ben hat dich erwähnt: Asamblea");
        assertThat(page(rosa, "/notifications?lang=en")).contains("Ben mentioned you: Asamblea");
    }

    @Test
    void accountMailIsNeverListedNorTurnedOff() {
        UUID rosa = members.add("Rosa");
        preferences.choose(rosa, Map.of("members.mail.deleted", Delivery.NEVER));
        notifications.notify(rosa, "members.mail.deleted", null, Parameter.text("Rosa"));
        assertThat(Outbox.latest(rosa + "@example.org", 1).subject()).isNotBlank();
        assertThat(db.sql("SELECT count(*) FROM member_notification WHERE member_id = ?").param(rosa)
                .query(Integer.class).single()).isZero();
    }
}
