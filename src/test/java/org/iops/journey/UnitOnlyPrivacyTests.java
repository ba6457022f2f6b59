package org.iops.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import org.iops.members.Outbox;
import org.iops.notifications.Delivery;
import org.iops.notifications.mail.Digests;
import org.iops.units.Residence;
import org.iops.units.Role;
import org.iops.units.TestMembers;
import org.iops.units.UnitFixtures;
import org.iops.units.tree.UnitDirectoryService;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A chapter's members-only (UNIT) forum topic and blog post reach nobody outside the chapter through any module: a
 * visitor and a member of another chapter of the same branch (who follows the chapter's forum and is mentioned in
 * both) find them on no unit page, feed, "what is new", comments or likes fragment, flag form, moderation queue,
 * notification, email, digest or mention suggestion; the chapter's own members do, which shows each check looks in
 * the right place.
 */
class UnitOnlyPrivacyTests extends JourneyTest {

    @Autowired
    TestMembers members;
    @Autowired
    UnitDirectoryService directory;
    @Autowired
    Digests digests;

    @Test
    void unitOnlyTopicAndPostNeverReachAVisitorOrAnotherChaptersMember() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String town = db.sql("SELECT name FROM units WHERE id = ?").param(world.chapter()).query(String.class).single();
        String insiderName = "Ines" + tag;
        String outsiderName = "Otto" + tag;
        UUID insider = placed(insiderName, town);
        UUID outsider = placed(outsiderName, UnitFixtures.unique("Evora"));
        UUID outsidersModerator = fixtures.memberWithRole(Role.MODERATOR, fixtures.chapterOf(outsider));
        for (UUID follower : new UUID[] {insider, outsider}) {
            world.follow(follower);
        }

        UUID topic = world.topic(world.author(), "Secret squat plans " + tag,
                "Only for us, @" + insiderName + " and @" + outsiderName + ".", "UNIT");
        world.reply(world.neighbour(), topic, "Hush reply " + tag);
        UUID post = world.blogPost(world.author(), "Secret budget " + tag,
                "Figures for @" + insiderName + " and @" + outsiderName + ".", "UNIT");
        world.comment(world.neighbour(), "blogs.post:" + post, "Hush comment " + tag);
        // flagged, so it waits in the chapter's queue
        assertThat(world.as(insider, post("/moderation/flag").param("item", "forums.topic:" + topic)
                .param("reason", "OFF_TOPIC").param("note", "")).getStatus()).isLessThan(400);
        String[] secrets = {"Secret squat plans " + tag, "Hush reply " + tag, "Secret budget " + tag,
                "Hush comment " + tag, "Figures for"};

        // the chapter's own members see everything: the checks below look where the items are
        assertThat(world.page(insider, "/units/" + world.chapter())).contains(secrets[0], secrets[2]);
        assertThat(world.page(insider, "/new")).contains(secrets[0], secrets[2]);
        assertThat(world.page(insider, "/notifications")).contains(secrets[0]);
        assertThat(world.page(world.moderator(), "/units/" + world.chapter() + "/moderation")).contains(secrets[0]);

        for (UUID reader : new UUID[] {null, outsider}) {
            String who = reader == null ? "visitor" : "member of another chapter";
            // the unit's page, its forum and category, both feeds, the author's blog and feed
            for (String path : new String[] {"/units/" + world.chapter(), "/units/" + world.chapter() + "/forum",
                    "/forums/categories/" + world.category(), "/units/" + world.chapter() + "/forum.atom",
                    "/units/" + world.chapter() + "/blog.atom", "/members/" + world.author() + "/blog",
                    "/members/" + world.author() + "/blog.atom"}) {
                notIn(world.as(reader, get(path)).getContentAsString(), who + ", " + path, secrets);
            }
            assertThat(world.status(reader, "/topics/" + topic)).as(who).isIn(302, 404);
            assertThat(world.status(reader, "/posts/" + post)).as(who).isIn(302, 404);
            assertThat(world.as(reader, get("/comments").param("item", "blogs.post:" + post)).getStatus())
                    .as(who + ", comments fragment").isIn(302, 404);
            assertThat(world.as(reader, get("/comments").param("item", "blogs.post:" + post)
                    .header("HX-Request", "true"))
                    .getStatus()).as(who + ", comments fragment for htmx").isIn(401, 404);
            assertThat(world.as(reader, post("/reactions").param("item", "forums.topic:" + topic).param("like", "true"))
                    .getStatus()).as(who + ", like").isIn(302, 401, 404);
            assertThat(world.as(reader, get("/moderation/flag").param("item", "blogs.post:" + post)).getStatus())
                    .as(who + ", flag form").isIn(302, 404);
            assertThat(world.as(reader, post("/moderation/flag").param("item", "forums.topic:" + topic)
                    .param("reason", "SPAM").param("note", "")).getStatus()).as(who + ", flag").isIn(302, 401, 404);
        }
        assertThat(world.count("SELECT count(*) FROM reaction WHERE member_id = ?", outsider)).isZero();
        notIn(world.page(outsider, "/new"), "what is new", secrets);
        notIn(world.page(outsider, "/notifications"), "notifications", secrets);
        notIn(world.as(outsider, get("/notifications/bell").header("HX-Request", "true")).getContentAsString(), "bell",
                secrets);
        notIn(world.page(outsidersModerator, "/units/" + fixtures.chapterOf(outsider) + "/moderation"), "other queue",
                secrets);
        assertThat(world.status(outsidersModerator, "/units/" + world.chapter() + "/moderation")).isIn(403, 404);
        assertThat(world.count("SELECT count(*) FROM member_notification WHERE member_id = ?", outsider))
                .as("nothing on the bell's list: follow, mention, reply").isZero();
        assertThat(world.count("SELECT count(*) FROM notification WHERE member_id = ?", outsider))
                .as("no email waiting").isZero();
        assertThat(world.count(
                "SELECT count(*) FROM member_notification WHERE member_id = ? AND kind = 'content.mention'", insider)).as("the insider was mentioned in both").isEqualTo(2);
        assertThat(world.count(
                "SELECT count(*) FROM member_notification WHERE member_id = ? AND kind LIKE 'forums.%'", insider)).as("the insider, following the forum, heard of the topic and its reply").isEqualTo(2);

        // suggestions for these items: the outsider gets none, and is never suggested to an insider
        assertThat(world.as(outsider, get("/mentions").param("q", "Ines").param("item", "forums.topic:" + topic))
                .getStatus()).isEqualTo(404);
        assertThat(world.as(outsider, get("/mentions").param("q", "Ines").param("item", "blogs.post:" + post))
                .getStatus()).isEqualTo(404);
        assertThat(world.as(insider, get("/mentions").param("q", "Otto" + tag).param("item", "forums.topic:" + topic))
                .getContentAsString()).doesNotContain(outsiderName);
        assertThat(world.as(world.neighbour(), get("/mentions").param("q", "Ines" + tag)
                .param("item", "blogs.post:" + post))
                .getContentAsString()).contains(insiderName);

        digests.send(Delivery.DAILY);
        Outbox.settledCount(insider + "@example.org");
        assertThat(Outbox.to(insider + "@example.org")).as("the insider's daily digest")
                .anyMatch(mail -> mail.subject().startsWith("Your day") && mail.text().contains(secrets[0]));
        for (Outbox.Mail mail : Outbox.to(outsider + "@example.org")) {
            notIn(mail.text() + mail.subject(), "email", secrets);
        }
        assertThat(Outbox.settledCount(outsider + "@example.org")).as("no email, no digest").isZero();
    }

    private UUID placed(String name, String town) {
        UUID member = members.add(name);
        directory.place(member, new Residence("PT", town, null));
        return member;
    }

    private static void notIn(@Nullable String text, String where, String... secrets) {
        for (String secret : secrets) {
            assertThat(text == null ? "" : text).as(where).doesNotContain(secret);
        }
    }
}
