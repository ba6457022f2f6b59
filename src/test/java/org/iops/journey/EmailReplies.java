package org.iops.journey;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Properties;
import java.util.UUID;
import org.iops.members.Outbox;

/** A member answering a notification email: the signed reply-to address it carries, and the answer sent to it. */
final class EmailReplies {

    /** The operator's mailbox, where GreenMail keeps what members send to a reply-to address. */
    static final String MAILBOX = "replies@replies.example.org";

    private EmailReplies() {
    }

    static String replyTo(Outbox.Mail mail) throws Exception {
        try (InputStream in = Files.newInputStream(mail.file())) {
            String[] replyTo = new MimeMessage(Session.getInstance(new Properties()), in).getHeader("Reply-To");
            assertThat(replyTo).as("a signed reply-to address").isNotNull();
            assertThat(replyTo[0]).matches("reply\\+[a-z2-7]{20,100}@replies\\.example\\.org");
            return replyTo[0];
        }
    }

    /**
     * Sends the member's answer to the notification's reply-to address over GreenMail's SMTP on that port, delivered
     * to {@link #MAILBOX}.
     */
    static void answer(int smtpPort, UUID member, Outbox.Mail notification, String text) throws Exception {
        String to = replyTo(notification);
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(smtpPort));
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress(member + "@example.org"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject("Re: your notification");
        message.setText(text, "UTF-8");
        message.saveChanges();
        Transport.send(message, new InternetAddress[] {new InternetAddress(MAILBOX)});
    }
}
