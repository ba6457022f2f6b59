package org.iops.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Properties;
import java.util.UUID;
import org.iops.ApplicationTest;
import org.iops.members.Outbox;
import org.iops.notifications.inbound.InboundReplies;
import org.iops.notifications.inbound.Mailbox;
import org.iops.units.TestMembers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Replying to a notification email about a thread posts the reply as the member, once, without the quoted email
 * and the signature; a forged address or another sender is refused with an email saying why. The mailbox is
 * GreenMail's: replies arrive over its SMTP and are read over its IMAP.
 */
@ApplicationTest
class ReplyByEmailTests {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP_IMAP);

    private static final String MAILBOX = "replies@replies.example.org";

    @Autowired
    Notifications notifications;
    @Autowired
    InboundReplies inbound;
    @Autowired
    TestReplies replies;
    @Autowired
    TestMembers members;
    @Autowired
    JdbcClient db;
    @Autowired
    org.iops.notifications.inbox.Preferences preferences;
    @Value("${iops.base-url}")
    String baseUrl;

    private Mailbox mailbox;

    @BeforeEach
    void mailbox() {
        greenMail.setUser(MAILBOX, "replies", "secret");
        mailbox = new Mailbox("127.0.0.1", ServerSetupTest.IMAP.getPort(), "replies", "secret", "imap");
    }

    /** The reply-to address of the notification the member got about the thread. */
    private String replyAddressFor(UUID member, UUID thread) throws Exception {
        notifications.notify(member, TestNotificationKinds.REPLY, baseUrl + "/threads/" + thread,
                new ReplyThread(TestReplies.TYPE, thread), Parameter.text("Ana"), Parameter.text("Saturday"),
                Parameter.recipientName());
        Outbox.Mail mail = Outbox.latest(member + "@example.org", 1);
        try (InputStream in = Files.newInputStream(mail.file())) {
            String replyTo = new MimeMessage(Session.getInstance(new Properties()), in).getHeader("Reply-To")[0];
            assertThat(replyTo).matches("reply\\+[a-z2-7]{45}@replies\\.example\\.org");
            return replyTo;
        }
    }

    /** Sends a message over GreenMail's SMTP to the operator's mailbox, addressed (in its To) to {@code to}. */
    private MimeMessage send(String from, String to, String text, String messageId) throws Exception {
        return send(from, to, "Re: Ana replied in Saturday", text, messageId);
    }

    private MimeMessage send(String from, String to, String subject, String text, String messageId) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(ServerSetupTest.SMTP.getPort()));
        MimeMessage message = new MimeMessage(Session.getInstance(properties)) {
            @Override
            protected void updateMessageID() throws jakarta.mail.MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject);
        message.setText(text, "UTF-8");
        message.saveChanges();
        Transport.send(message, new InternetAddress[] {new InternetAddress(MAILBOX)});
        return message;
    }

    private static String id() {
        return "<" + UUID.randomUUID() + "@mail.example.org>";
    }

    @Test
    void aReplyIsPostedAsTheMemberOnceWithoutTheQuoteAndTheSignature() throws Exception {
        UUID rosa = members.add("Rosa");
        UUID thread = UUID.randomUUID();
        String address = replyAddressFor(rosa, thread);
        String messageId = id();
        String body = "I'll bring the banners.\n\nOn Tue, 1 Dec 2026, IOPS wrote:\n> Ana replied\n-- \nRosa";
        send(rosa + "@example.org", address, body, messageId);
        send(rosa + "@example.org", address, body, messageId); // the same message, delivered twice

        assertThat(inbound.poll(mailbox)).isEqualTo(2);
        assertThat(inbound.poll(mailbox)).as("handled messages leave the mailbox").isZero();
        assertThat(replies.in(thread)).singleElement().satisfies(reply -> {
            assertThat(reply.member()).isEqualTo(rosa);
            assertThat(reply.text()).isEqualTo("I'll bring the banners.");
        });
        assertThat(Outbox.settledCount(rosa + "@example.org")).as("no refusal").isEqualTo(1);
    }

    @Test
    void theMailtoUnsubscribeTurnsTheKindOff() throws Exception {
        UUID rosa = members.add("Rosa");
        replyAddressFor(rosa, UUID.randomUUID());
        Outbox.Mail mail = Outbox.latest(rosa + "@example.org", 1);
        String header;
        try (InputStream in = Files.newInputStream(mail.file())) {
            header = new MimeMessage(Session.getInstance(new Properties()), in).getHeader("List-Unsubscribe")[0];
        }
        String subject = java.net.URLDecoder.decode(header.replaceAll(".*\\?subject=([^>]+)>.*", "$1"),
                java.nio.charset.StandardCharsets.UTF_8);
        send(rosa + "@example.org", "unsubscribe@replies.example.org", subject, "", id());

        inbound.poll(mailbox);
        assertThat(preferences.chosen(rosa)).containsEntry(TestNotificationKinds.REPLY, Delivery.NEVER);
    }

    @Test
    void aForgedTokenIsRefusedWithAnExplanationAndNothingIsPosted() throws Exception {
        UUID rosa = members.add("Rosa");
        UUID thread = UUID.randomUUID();
        String address = replyAddressFor(rosa, thread);
        int changed = address.indexOf('@') - 5; // a character of the signature
        char was = address.charAt(changed);
        String forged = address.substring(0, changed) + (was == 'a' ? 'b' : 'a') + address.substring(changed + 1);
        send(rosa + "@example.org", forged, "Let me in.", id());

        inbound.poll(mailbox);
        assertThat(replies.in(thread)).isEmpty();
        Outbox.Mail refusal = Outbox.latest(rosa + "@example.org", 2);
        assertThat(refusal.subject()).isEqualTo("Your reply could not be posted");
        assertThat(refusal.text()).contains("the reply address is not one this site gave out", "Nothing was posted");
    }

    @Test
    void aReplyFromAnotherAddressIsRefusedToThatAddress() throws Exception {
        UUID rosa = members.add("Rosa");
        UUID thread = UUID.randomUUID();
        String address = replyAddressFor(rosa, thread);
        String stranger = "stranger-" + UUID.randomUUID() + "@example.net";
        send(stranger, address, "Posting as Rosa.", id());

        inbound.poll(mailbox);
        assertThat(replies.in(thread)).isEmpty();
        assertThat(Outbox.latest(stranger, 1).text()).contains("sent from an address that is not the one");
        assertThat(Outbox.settledCount(rosa + "@example.org")).isEqualTo(1);
    }

    @Test
    void anotherMemberAnsweringFromTheirOwnAddressWithSomeoneElsesReplyAddressIsRefused() throws Exception {
        UUID rosa = members.add("Rosa");
        UUID lucia = members.add("Lucia");
        UUID thread = UUID.randomUUID();
        String address = replyAddressFor(rosa, thread);
        assertThat(address.substring(0, address.indexOf('@')).length()).as("RFC 5321 local part")
                .isLessThanOrEqualTo(64);
        send(lucia + "@example.org", address, "Posting on Rosa's thread.", id());

        inbound.poll(mailbox);
        assertThat(replies.in(thread)).isEmpty();
        assertThat(Outbox.latest(lucia + "@example.org", 1).text())
                .contains("the reply address is not one this site gave out to you");
        assertThat(Outbox.settledCount(rosa + "@example.org")).isEqualTo(1);
    }

    @Test
    void aThreadThatRefusesTellsTheMemberWhyInTheirLanguage() throws Exception {
        UUID rosa = members.add("Rosa");
        db.sql("UPDATE member SET language = 'de' WHERE id = ?").param(rosa).update();
        UUID thread = UUID.randomUUID();
        String address = replyAddressFor(rosa, thread);
        replies.close(thread);
        send(rosa + "@example.org", address, "Too late?", id());

        inbound.poll(mailbox);
        assertThat(replies.in(thread)).isEmpty();
        Outbox.Mail refusal = Outbox.latest(rosa + "@example.org", 2);
        assertThat(refusal.subject()).isEqualTo("Deine Antwort konnte nicht veröffentlicht werden");
        assertThat(refusal.text()).contains("the thread is closed.");
    }
}
