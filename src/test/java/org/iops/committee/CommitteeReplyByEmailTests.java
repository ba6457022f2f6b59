package org.iops.committee;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
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
import org.iops.members.Outbox;
import org.iops.notifications.inbound.InboundReplies;
import org.iops.notifications.inbound.Mailbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A committee member answers the query's email by replying: sent to GreenMail's SMTP, read back over its IMAP by the
 * notifications module, the first word is the answer and the rest the reason; anything else is answered with an
 * explanation and records nothing.
 */
class CommitteeReplyByEmailTests extends CommitteeIntegrationTest {

    private static final String MAILBOX = "replies@replies.example.org";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @Autowired
    InboundReplies inbound;

    private Mailbox mailbox;

    @BeforeEach
    void mailbox() {
        greenMail.setUser(MAILBOX, "replies", "secret");
        mailbox = new Mailbox("127.0.0.1", greenMail.getImap().getPort(), "replies", "secret", "imap");
    }

    /** The member replies to the query's email (their first), from their own address. */
    static void reply(int smtpPort, UUID member, int n, String text) throws Exception {
        Outbox.Mail mail = Outbox.to(member + "@example.org").get(n - 1);
        String to;
        try (InputStream in = Files.newInputStream(mail.file())) {
            to = new MimeMessage(Session.getInstance(new Properties()), in).getHeader("Reply-To")[0];
        }
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(smtpPort));
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress(member + "@example.org"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject("Re: " + mail.subject());
        message.setText(text, "UTF-8");
        message.saveChanges();
        Transport.send(message, new InternetAddress[] {new InternetAddress(MAILBOX)});
    }

    @Test
    void aReplyStartingWithAnAnswerWordRecordsItWithTheRestAsTheReason() throws Exception {
        Committee committee = committee(3);
        UUID query = query(committee, "Open a second office");
        reply(greenMail.getSmtp().getPort(), committee.member(1), 1,
                "Bloqueo: no tenemos dinero para el alquiler.\n\nEl 1 dic. 2026, IOPS escribió:\n> Open a second office");

        assertThat(inbound.poll(mailbox)).isEqualTo(1);
        assertThat(db.sql("SELECT answer || '|' || reason || '|' || via FROM committee_answer WHERE query_id = ? "
                + "AND member_id = ?").params(query, committee.member(1)).query(String.class).single())
                .isEqualTo("BLOCK|no tenemos dinero para el alquiler.|EMAIL");
        assertThat(page(committee.bystander(), "/committee/queries/" + query))
                .contains("Block</span> <strong>1</strong>").contains("by email reply");
    }

    @Test
    void anUnknownFirstWordOrABlockWithoutReasonIsExplainedByEmailAndRecordsNothing() throws Exception {
        Committee committee = committee(2);
        UUID query = query(committee, "Rent a stall at the fair");
        reply(greenMail.getSmtp().getPort(), committee.member(1), 1, "Sounds good to me!");
        assertThat(inbound.poll(mailbox)).isEqualTo(1);
        Outbox.Mail explained = Outbox.latest(committee.member(1) + "@example.org", 2);
        assertThat(explained.text()).contains("Start your reply with one word: consent, object, block or abstain");

        reply(greenMail.getSmtp().getPort(), committee.member(1), 1, "block");
        assertThat(inbound.poll(mailbox)).isEqualTo(1);
        assertThat(Outbox.latest(committee.member(1) + "@example.org", 3).text()).contains("A block needs a reason.");
        assertThat(count("SELECT count(*) FROM committee_answer WHERE query_id = ? AND answer IS NOT NULL", query))
                .isZero();
    }
}
