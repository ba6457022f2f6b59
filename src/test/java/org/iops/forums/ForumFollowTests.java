package org.iops.forums;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.iops.notifications.Audience;
import org.iops.notifications.ReplyByEmail;
import org.iops.notifications.ReplyRefusedException;
import org.iops.notifications.ReplyThread;
import org.iops.units.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

/**
 * Following and muting a forum, a category or a topic; starting or replying follows the topic; never told of one's
 * own posts; muted wins. Replying to the email posts through the same checks as the form.
 */
class ForumFollowTests extends ForumsIntegrationTest {

    @Autowired
    List<ReplyByEmail> replyByEmail;

    @Autowired
    @Qualifier("forums.followers")
    Audience followersAudience;

    @Test
    void followersOfForumCategoryAndTopicAreToldNeverTheAuthorAndAMuteWins() throws Exception {
        Place lille = place("FR", "Lille");
        String town = db.sql("SELECT name FROM units WHERE id = ?").param(lille.chapter()).query(String.class).single();
        UUID forumFollower = fixtures.memberIn("FR", town);
        UUID categoryFollower = fixtures.memberIn("FR", town);
        UUID muter = fixtures.memberIn("FR", town);
        UUID replier = fixtures.memberIn("FR", town);
        as(forumFollower, post("/units/" + lille.chapter() + "/forum/follow").param("mode", "1"));
        as(categoryFollower, post("/forums/categories/" + lille.category() + "/follow").param("mode", "1"));
        as(muter, post("/units/" + lille.chapter() + "/forum/follow").param("mode", "1"));

        UUID topic = topic(lille.member(), lille.category(), "Lille market stall", "MEMBERS");
        as(muter, post("/topics/" + topic + "/follow").param("mode", "-1"));
        assertThat(told(forumFollower, "forums.newTopic")).isEqualTo(1);
        assertThat(told(categoryFollower, "forums.newTopic")).isEqualTo(1);
        assertThat(told(lille.member(), "forums.newTopic")).as("not the author").isZero();

        assertThat(reply(replier, topic, "I will bring leaflets").getStatus()).isEqualTo(302);
        assertThat(told(lille.member(), "forums.reply")).as("the author follows their topic").isEqualTo(1);
        assertThat(told(forumFollower, "forums.reply")).isEqualTo(1);
        assertThat(told(muter, "forums.reply")).as("muting the topic wins over following the forum").isZero();
        assertThat(told(replier, "forums.reply")).as("never of one's own reply").isZero();
        assertThat(page(replier, "/topics/" + topic + "?page=1")).as("replying follows the topic")
                .contains("You follow this topic");

        reply(lille.member(), topic, "Thanks!");
        assertThat(told(replier, "forums.reply")).isEqualTo(1);
        assertThat(told(lille.member(), "forums.reply")).isEqualTo(1);
        assertThat(told(forumFollower, "forums.reply")).isEqualTo(2);

        as(forumFollower, post("/units/" + lille.chapter() + "/forum/follow").param("mode", "-1"));
        reply(replier, topic, "One more");
        assertThat(told(forumFollower, "forums.reply")).as("a muted forum tells nothing").isEqualTo(2);
        assertThat(as(forumFollower, post("/topics/" + topic + "/follow").param("mode", "everything")).getStatus())
                .isEqualTo(404);
    }

    @Test
    void aReplyByEmailIsPostedAsTheMemberThroughTheFormsChecks() throws Exception {
        Place arras = place("FR", "Arras");
        UUID outsider = fixtures.memberIn("FR", "Calais " + UUID.randomUUID().toString().substring(0, 6));
        UUID topic = topic(arras.member(), arras.category(), "Arras by email", "MEMBERS");
        ReplyByEmail forums = replyByEmail.stream().filter(r -> r.threadTypes().contains("forums.topic")).findFirst().orElseThrow();
        ReplyThread thread = new ReplyThread("forums.topic", topic);

        forums.reply(arras.member(), thread, "Answered from my phone");
        assertThat(page(arras.member(), "/topics/" + topic + "?page=1")).contains("Answered from my phone");

        assertThatThrownBy(() -> forums.reply(outsider, thread, "Let me in")).isInstanceOf(ReplyRefusedException.class)
                .extracting(e -> ((ReplyRefusedException) e).messageKey()).isEqualTo("forums.post.notMember");
        assertThatThrownBy(() -> forums.reply(arras.member(), thread, "  ")).isInstanceOf(ReplyRefusedException.class);
        assertThatThrownBy(() -> forums.reply(arras.member(), new ReplyThread("forums.topic", UUID.randomUUID()), "Hello"))
                .isInstanceOf(ReplyRefusedException.class);

        UUID moderator = fixtures.memberWithRole(Role.MODERATOR, arras.chapter());
        as(moderator, post("/topics/" + topic + "/close").param("closed", "true"));
        assertThatThrownBy(() -> forums.reply(arras.member(), thread, "After closing"))
                .isInstanceOf(ReplyRefusedException.class)
                .extracting(e -> ((ReplyRefusedException) e).messageKey()).isEqualTo("forums.reply.closed");
        assertThat(count("SELECT count(*) FROM forum_reply WHERE topic_id = ?", topic)).isEqualTo(1);

        UUID gone = topic(arras.member(), arras.category(), "Arras gone", "MEMBERS");
        as(arras.member(), post("/topics/" + gone + "/delete"));
        assertThatThrownBy(() -> forums.reply(arras.member(), new ReplyThread("forums.topic", gone), "Hello?"))
                .isInstanceOf(ReplyRefusedException.class)
                .extracting(e -> ((ReplyRefusedException) e).messageKey()).isEqualTo("forums.reply.topicRemoved");
    }

    /**
     * A reply writes one row for all the topic's followers, told after its commit; in pages of the audience, those
     * who may not see a chapter-only topic are left out and the next followers fill the page, none twice.
     */
    @Test
    void followersAreToldAfterTheCommitInPagesOfThoseWhoMaySeeTheTopic() throws Exception {
        Place rouen = place("FR", "Rouen");
        List<UUID> unitFollowers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            UUID follower = memberOf(rouen.chapter());
            as(follower, post("/units/" + rouen.chapter() + "/forum/follow").param("mode", "1"));
            unitFollowers.add(follower);
        }
        UUID topic = topic(rouen.member(), rouen.category(), "Rouen only", "UNIT");
        List<UUID> outsiders = List.of(fixtures.memberIn("FR", "Caen " + UUID.randomUUID().toString().substring(0, 6)),
                fixtures.memberIn("BE", "Gent " + UUID.randomUUID().toString().substring(0, 6)));
        for (UUID outsider : outsiders) { // as if they had followed it before it was for the chapter only
            db.sql("INSERT INTO forum_subscription (member_id, target_type, target_id, mode) VALUES (?, 'TOPIC', ?, 'FOLLOW')")
                    .params(outsider, topic).update();
        }

        List<UUID> expected = new ArrayList<>(unitFollowers);
        expected.add(rouen.member()); // starting the topic follows it
        expected.sort(Comparator.comparing(UUID::toString)); // PostgreSQL's uuid order, not Java's signed one
        List<UUID> paged = new ArrayList<>();
        UUID after = null;
        while (true) {
            List<UUID> page = followersAudience.members(topic.toString(), after, 2);
            paged.addAll(page);
            if (page.size() < 2) {
                break;
            }
            after = page.get(page.size() - 1);
        }
        assertThat(paged).as("in member id order, each once, only those who may see it").isEqualTo(expected);
        assertThat(followersAudience.members(UUID.randomUUID().toString(), null, 10)).isEmpty();
        assertThat(followersAudience.members("not-an-id", null, 10)).isEmpty();

        long rows = count("SELECT count(*) FROM notification_fanout WHERE audience = 'forums.followers'");
        UUID replier = unitFollowers.get(0);
        assertThat(reply(replier, topic, "See you at the market").getStatus()).isEqualTo(302);
        assertThat(count("SELECT count(*) FROM notification_fanout WHERE audience = 'forums.followers'"))
                .as("one row for all the followers").isEqualTo(rows + 1);
        for (UUID follower : expected) {
            assertThat(told(follower, "forums.reply")).as("told once, unless they wrote it")
                    .isEqualTo(follower.equals(replier) ? 0 : 1);
        }
        for (UUID outsider : outsiders) {
            assertThat(told(outsider, "forums.reply")).as("not of a topic they may not see").isZero();
        }
    }

    private long told(UUID member, String kind) {
        // every notification of a declared kind is listed for the member; email follows their choice (daily...)
        return db.sql("SELECT coalesce(sum(count), 0) FROM member_notification WHERE member_id = ? AND kind = ?")
                .params(member, kind)
                .query(Long.class).single();
    }
}
