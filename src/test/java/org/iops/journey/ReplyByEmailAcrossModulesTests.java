package org.iops.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

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
import org.iops.ApplicationTest;
import org.iops.members.Outbox;
import org.iops.notifications.inbound.InboundReplies;
import org.iops.notifications.inbound.Mailbox;
import org.iops.units.UnitFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The notification emails of forums (a new topic, a reply) and of comments carry a signed reply-to address, and
 * answering them through GreenMail's SMTP, read back over its IMAP, posts in the topic or under the blog post.
 */
@ApplicationTest
class ReplyByEmailAcrossModulesTests {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    private static final String MAILBOX = "replies@replies.example.org";

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitFixtures fixtures;
    @Autowired
    JdbcClient db;
    @Autowired
    InboundReplies inbound;

    JourneyWorld world;
    Mailbox mailbox;

    @BeforeEach
    void world() throws Exception {
        world = JourneyWorld.make(mvc, fixtures, db);
        greenMail.setUser(MAILBOX, "replies", "secret");
        mailbox = new Mailbox("127.0.0.1", greenMail.getImap().getPort(), "replies", "secret", "imap");
    }

    @Test
    void answeringANewTopicAndAReplyNotificationPostsRepliesInTheTopic() throws Exception {
        world.follow(world.neighbour());
        // new topics come in the daily digest unless the member asks for them at once
        assertThat(world.as(world.neighbour(), post("/me/notifications").param("forums.newTopic", "IMMEDIATELY"))
                .getStatus()).isEqualTo(302);
        UUID topic = world.topic(world.author(), "Printing leaflets", "Who knows a printer?", "UNIT");
        Outbox.Mail newTopic = Outbox.latest(world.neighbour() + "@example.org", 1);
        answer(world.neighbour(), replyTo(newTopic), "The co-op on Rua Nova prints cheaply.\n\n> Who knows a printer?");

        assertThat(inbound.poll(mailbox)).isEqualTo(1);
        assertThat(world.page(world.author(), "/topics/" + topic + "?page=1")).contains("The co-op on Rua Nova prints cheaply.")
                .doesNotContain("&gt; Who knows");

        world.reply(world.author(), topic, "Thanks, I will call them.");
        Outbox.Mail reply = Outbox.latest(world.neighbour() + "@example.org", 2);
        assertThat(reply.text()).contains("Thanks, I will call them.");
        answer(world.neighbour(), replyTo(reply), "Ask for Marta.");
        assertThat(inbound.poll(mailbox)).isEqualTo(1);
        assertThat(world.count("SELECT count(*) FROM forum_reply WHERE topic_id = ? AND author_id = ?", topic,
                world.neighbour())).isEqualTo(2);
        assertThat(world.page(world.author(), "/topics/" + topic + "?page=1")).contains("Ask for Marta.");
    }

    @Test
    void answeringACommentNotificationPostsACommentOnTheBlogPost() throws Exception {
        UUID post = world.blogPost(world.author(), "Seed swap", "Bring seeds on Sunday.", "PUBLIC");
        world.comment(world.neighbour(), "blogs.post:" + post, "Can I bring cuttings?");
        Outbox.Mail told = Outbox.latest(world.author() + "@example.org", 1);
        assertThat(told.text()).contains("Can I bring cuttings?");
        answer(world.author(), replyTo(told), "Cuttings are welcome.\n-- \nAna");

        assertThat(inbound.poll(mailbox)).isEqualTo(1);
        assertThat(world.page(world.stranger(), "/posts/" + post)).contains("Cuttings are welcome.")
                .doesNotContain("-- ");
    }

    private static String replyTo(Outbox.Mail mail) throws Exception {
        try (InputStream in = Files.newInputStream(mail.file())) {
            String[] replyTo = new MimeMessage(Session.getInstance(new Properties()), in).getHeader("Reply-To");
            assertThat(replyTo).as("a signed reply-to address").isNotNull();
            assertThat(replyTo[0]).matches("reply\\+[a-z2-7]{20,100}@replies\\.example\\.org");
            return replyTo[0];
        }
    }

    private static void answer(UUID member, String to, String text) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(greenMail.getSmtp().getPort()));
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress(member + "@example.org"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject("Re: your notification");
        message.setText(text, "UTF-8");
        message.saveChanges();
        Transport.send(message, new InternetAddress[] {new InternetAddress(MAILBOX)});
    }
}
