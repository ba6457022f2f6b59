package org.iops.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.iops.content.Visibility;
import org.iops.forums.store.ForumPosting;
import org.iops.members.Outbox;
import org.iops.notifications.Delivery;
import org.iops.notifications.mail.Digests;
import org.iops.units.UnitFixtures;
import org.iops.web.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The daily digest as a member receives it: over real SMTP, in GreenMail, grouped by unit and thread, and its link
 * leading the member's browser to the first reply they have not read. Screenshots under
 * target/screenshots/digest-*, axe-core on every screen, the phone width too.
 *
 * <p>A context of its own, unavoidably: the shared browser context has no {@code spring.mail.host}, so its mail goes
 * to the {@code .eml} outbox that the other browser tests read, and the mail sender is chosen once when the
 * application starts. Delivering over SMTP needs an application started with {@code spring.mail.host} and the port
 * of this class's GreenMail, a free port picked before the context starts (a fixed one could collide with another
 * test run on the same machine).
 */
class DigestOverSmtpBrowserIT extends BrowserTestSupport {

    private static final int SMTP_PORT = freePort();

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(
            new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @Autowired
    UnitFixtures fixtures;
    @Autowired
    JdbcClient db;
    @Autowired
    ForumPosting posting;
    @Autowired
    Digests digests;

    @Test
    void theDailyDigestArrivesOverSmtpAndItsLinkOpensTheFirstUnreadReply() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 5);
        String town = UnitFixtures.unique("Braga");
        UUID ana = fixtures.memberIn("Ana" + tag, "PT", town);
        UUID ben = fixtures.memberIn("Ben" + tag, "PT", town);
        UUID chapter = fixtures.chapterOf(ana);

        // Ben wants replies in the topics he follows once a day
        signIn(context, ben);
        page.navigate("/me/notifications");
        page.getByLabel("Replies in forum topics you follow").selectOption("DAILY");
        screenshot(page, "digest-settings");
        assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save choices")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your email choices are saved.");

        // Ana opens a members-only topic; Ben follows it; Ana answers twice
        page.navigate("/units/" + chapter + "/forum");
        UUID category = org.iops.forums.ForumSeeds.defaultCategory(db, chapter);
        UUID topic = posting.startTopic(ana, category, "Seed swap " + tag, "Bring seeds, take seeds.", "en",
                Visibility.MEMBERS).id();
        page.navigate("/topics/" + topic);
        page.locator(".forums-follow").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Follow").setExact(true)).click();
        assertThat(page.locator(".forums-follow")).containsText("You follow");
        UUID first = posting.reply(ana, topic, "Tomatoes from last summer, " + tag + ".", null).id();
        posting.reply(ana, topic, "And beans.", null);

        // the digest leaves over SMTP and arrives in GreenMail, not in the outbox
        digests.send(Delivery.DAILY);
        String address = ben + "@example.org";
        MimeMessage digest = await().atMost(Duration.ofSeconds(20))
                .until(() -> Arrays.stream(greenMail.getReceivedMessages()).filter(m -> addressedTo(m, address))
                        .findFirst().orElse(null), Objects::nonNull);
        Assertions.assertThat(digest.getSubject()).startsWith("Your day");
        Assertions.assertThat(digest.getHeader("List-Unsubscribe-Post"))
                .containsExactly("List-Unsubscribe=One-Click");
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder();
        Outbox.collect(digest, text, html);
        Assertions.assertThat(text.toString()).as("grouped by the topic's unit, then by the topic")
                .contains("== " + town + " ==").contains("New reply in “Seed swap " + tag + "”");
        Assertions.assertThat(Outbox.to(address)).as("nothing went to the outbox").isEmpty();
        Matcher link = Pattern.compile("https?://[^/\\s]+(/replies/[0-9a-f-]{36})").matcher(text);
        Assertions.assertThat(link.find()).as(text.toString()).isTrue();
        Assertions.assertThat(link.group(1)).as("the thread's first unread item")
                .isEqualTo("/replies/" + first);

        // Ben follows it, on his computer and on his phone, to the first reply he has not read
        page.navigate(link.group(1));
        assertThat(page).hasURL(urlEndingWith("/topics/" + topic + "?page=1#reply-1"));
        assertThat(page.locator("#reply-1")).containsText("Tomatoes from last summer");
        screenshot(page, "digest-first-unread");
        assertAccessible(page);
        BrowserContext phone = newPhoneContext("en-GB");
        signIn(phone, ben);
        Page small = phone.newPage();
        small.navigate(link.group(1));
        assertThat(small.locator("#reply-1")).isInViewport();
        screenshot(small, "digest-first-unread-phone");
        assertAccessible(small);
        phone.close();
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().equals(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
