package org.iops.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.util.UUID;
import org.iops.members.Outbox;
import org.iops.notifications.inbound.InboundReplies;
import org.iops.notifications.inbound.Mailbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The notification emails of forums (a new topic, a reply) and of comments carry a signed reply-to address, and
 * answering them through GreenMail's SMTP, read back over its IMAP, posts in the topic or under the blog post.
 */
class ReplyByEmailAcrossModulesTests extends JourneyTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @Autowired
    InboundReplies inbound;

    Mailbox mailbox;

    @BeforeEach
    void mailbox() {
        greenMail.setUser(EmailReplies.MAILBOX, "replies", "secret");
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
        EmailReplies.answer(greenMail.getSmtp().getPort(), world.neighbour(), newTopic,
                "The co-op on Rua Nova prints cheaply.\n\n> Who knows a printer?");

        assertThat(inbound.poll(mailbox)).isEqualTo(1);
        assertThat(world.page(world.author(), "/topics/" + topic + "?page=1"))
                .contains("The co-op on Rua Nova prints cheaply.")
                .doesNotContain("&gt; Who knows");

        world.reply(world.author(), topic, "Thanks, I will call them.");
        Outbox.Mail reply = Outbox.latest(world.neighbour() + "@example.org", 2);
        assertThat(reply.text()).contains("Thanks, I will call them.");
        EmailReplies.answer(greenMail.getSmtp().getPort(), world.neighbour(), reply,
                "Ask for Marta.");
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
        EmailReplies.answer(greenMail.getSmtp().getPort(), world.author(), told,
                "Cuttings are welcome.\n-- \nAna");

        assertThat(inbound.poll(mailbox)).isEqualTo(1);
        assertThat(world.page(world.stranger(), "/posts/" + post)).contains("Cuttings are welcome.")
                .doesNotContain("-- ");
    }

}
