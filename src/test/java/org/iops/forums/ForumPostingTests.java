package org.iops.forums;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import org.iops.units.Role;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/** Members start topics and reply; authors edit and delete their own; bad input is refused with nothing written. */
class ForumPostingTests extends ForumsIntegrationTest {

    @Test
    void aMemberStartsATopicAnotherRepliesAndTheCategoryListsPinnedFirstThenByActivity() throws Exception {
        Place braga = place("PT", "Braga");
        UUID second = memberOf(braga.chapter());
        UUID older = topic(braga.member(), braga.category(), "Older topic", "MEMBERS");
        UUID newer = topic(braga.member(), braga.category(), "Newer topic", "MEMBERS");

        assertThat(reply(second, older, "I can bring **chairs**.").getStatus()).isEqualTo(302);
        String topicPage = page(braga.member(), "/topics/" + older + "?page=1");
        assertThat(topicPage).contains("Older topic").contains("<strong>chairs</strong>").contains("Reply #1");
        UUID firstReply = db.sql("SELECT id FROM forum_reply WHERE topic_id = ?").param(older).query(UUID.class).single();
        assertThat(topicPage).as("what other modules attach, in one call per place")
                .contains("test-footer forums.topic:" + older).contains("test-below forums.topic:" + older)
                .contains("test-footer forums.reply:" + firstReply);

        String list = page(braga.member(), "/forums/categories/" + braga.category());
        assertThat(list.indexOf("Older topic")).as("the topic with the newest reply comes first")
                .isLessThan(list.indexOf("Newer topic"));

        UUID moderator = fixtures.memberWithRole(Role.MODERATOR, braga.chapter());
        assertThat(as(moderator, post("/topics/" + newer + "/pin").param("pinned", "true")).getStatus()).isEqualTo(302);
        list = page(braga.member(), "/forums/categories/" + braga.category());
        assertThat(list.indexOf("Newer topic")).as("pinned first").isLessThan(list.indexOf("Older topic"));
        assertThat(page(second, "/topics/" + newer + "?page=1")).contains("Pinned by a moderator");
    }

    @Test
    void aHeldTopicAndAHeldReplyWaitInTheModerationQueueOfTheirUnit() throws Exception {
        Place viseu = place("PT", "Viseu");
        UUID moderator = fixtures.memberWithRole(Role.MODERATOR, viseu.chapter());
        assertThat(startTopic(viseu.member(), viseu.category(), "Cheap watches", "Buy now "
                + org.iops.blogs.BlogTestBeans.HOLD, "PUBLIC").getStatus()).isEqualTo(302);
        UUID open = topic(viseu.member(), viseu.category(), "Open topic", "PUBLIC");
        assertThat(reply(viseu.member(), open, "Sunglasses too " + org.iops.blogs.BlogTestBeans.HOLD).getStatus())
                .isEqualTo(302);

        String queue = page(moderator, "/units/" + viseu.chapter() + "/moderation");
        assertThat(queue).contains("Cheap watches").contains("Sunglasses too");
        assertThat(page(null, "/topics/" + open + "?page=1")).doesNotContain("Sunglasses too");
    }

    @Test
    void emptyHugeOrHostileTextIsRefusedOrCleanedAndNothingHalfWritten() throws Exception {
        Place place = place("PT", "Faro");
        long before = count("SELECT count(*) FROM forum_topic WHERE category_id = ?", place.category());

        MockHttpServletResponse empty = startTopic(place.member(), place.category(), "  ", "", "MEMBERS");
        assertThat(empty.getStatus()).isEqualTo(422);
        assertThat(empty.getContentAsString()).contains("Give the topic a title.").contains("Write something first.");
        MockHttpServletResponse huge = startTopic(place.member(), place.category(), "Huge", "x".repeat(1_048_576), "MEMBERS");
        assertThat(huge.getStatus()).isEqualTo(422);
        assertThat(huge.getContentAsString()).contains("The text can be at most 100,000 characters.");
        MockHttpServletResponse badVisibility = startTopic(place.member(), place.category(), "Odd", "Text", "EVERYONE");
        assertThat(badVisibility.getStatus()).isEqualTo(422);
        assertThat(count("SELECT count(*) FROM forum_topic WHERE category_id = ?", place.category())).isEqualTo(before);

        UUID topic = topic(place.member(), place.category(), "Hostile", "PUBLIC");
        assertThat(reply(place.member(), topic, "").getStatus()).isEqualTo(422);
        assertThat(reply(place.member(), topic, "y".repeat(1_048_576)).getStatus()).isEqualTo(422);
        assertThat(reply(place.member(), topic, "<script>alert(1)</script>[x](javascript:alert(2)) <img src=x onerror=alert(3)>")
                .getStatus()).isEqualTo(302);
        assertThat(count("SELECT count(*) FROM forum_reply WHERE topic_id = ?", topic)).isEqualTo(1);
        String shown = page(null, "/topics/" + topic + "?page=1");
        // what is left is harmless text: no script element, no javascript: link, no event handler attribute
        assertThat(shown).doesNotContain("<script>alert(1)").doesNotContain("href=\"javascript").doesNotContain(" onerror=")
                .contains("&lt;img src&#61;x onerror&#61;alert(3)&gt;");
    }

    @Test
    void forgedIdsOfAnotherUnitAndClosedOrDeletedTopicsGetClearRefusals() throws Exception {
        Place here = place("PT", "Evora");
        Place there = place("PT", "Beja");
        long topicsThere = count("SELECT count(*) FROM forum_topic WHERE category_id = ?", there.category());

        MockHttpServletResponse forged = startTopic(here.member(), there.category(), "Not mine", "Text", "UNIT");
        assertThat(forged.getStatus()).isEqualTo(403);
        assertThat(forged.getContentAsString()).contains("Only members of this unit can post in its forum.");
        assertThat(count("SELECT count(*) FROM forum_topic WHERE category_id = ?", there.category())).isEqualTo(topicsThere);

        UUID unitTopic = topic(there.member(), there.category(), "Beja only", "UNIT");
        assertThat(reply(here.member(), unitTopic, "Let me in").getStatus()).as("a UNIT topic of another chapter is not there")
                .isEqualTo(404);
        UUID open = topic(there.member(), there.category(), "Open to members", "MEMBERS");
        MockHttpServletResponse outsider = reply(here.member(), open, "From Evora");
        assertThat(outsider.getStatus()).isEqualTo(403);
        assertThat(outsider.getContentAsString()).contains("Only members of this unit can post in its forum.");

        UUID moderator = fixtures.memberWithRole(Role.MODERATOR, there.chapter());
        as(moderator, post("/topics/" + open + "/close").param("closed", "true"));
        MockHttpServletResponse closed = reply(there.member(), open, "Too late");
        assertThat(closed.getStatus()).isEqualTo(409);
        assertThat(closed.getContentAsString()).contains("This topic is closed: it takes no more replies.");
        assertThat(page(there.member(), "/topics/" + open + "?page=1")).contains("Closed by a moderator")
                .doesNotContain("id=\"reply-form\"");

        UUID gone = topic(there.member(), there.category(), "Deleted soon", "MEMBERS");
        assertThat(as(there.member(), post("/topics/" + gone + "/delete")).getStatus()).isEqualTo(302);
        MockHttpServletResponse deleted = reply(there.member(), gone, "Anyone?");
        assertThat(deleted.getStatus()).isEqualTo(410);
        assertThat(deleted.getContentAsString()).contains("This topic was deleted");
        assertThat(as(here.member(), get("/topics/" + gone)).getStatus()).isEqualTo(404);
        assertThat(count("SELECT count(*) FROM forum_reply WHERE topic_id = ANY(?)", (Object) new UUID[] {open, gone}))
                .isZero();

        assertThat(as(here.member(), get("/topics/" + UUID.randomUUID())).getStatus()).isEqualTo(404);
        assertThat(as(here.member(), get("/topics/not-a-topic")).getStatus()).isEqualTo(404);
        assertThat(as(here.member(), post("/topics/" + open + "/edit").param("title", "Mine now").param("body", "x")
                .param("language", "en").param("visibility", "PUBLIC")).getStatus()).isIn(403, 404);
    }

    @Test
    void authorsEditWithAVisibleMarkAndADeletedQuotedReplyLeavesReplyRemoved() throws Exception {
        Place place = place("PT", "Viseu");
        UUID second = memberOf(place.chapter());
        UUID topic = topic(place.member(), place.category(), "Meeting place", "MEMBERS");
        reply(place.member(), topic, "The library, at six.");
        UUID first = db.sql("SELECT id FROM forum_reply WHERE topic_id = ? AND number = 1").param(topic).query(UUID.class).single();

        String quoting = page(second, "/topics/" + topic + "?page=1&quote=" + first);
        assertThat(quoting).contains("&gt; The library, at six.").contains("name=\"quoted\" value=\"" + first + "\"");
        assertThat(as(second, post("/topics/" + topic + "/replies").param("body", "> The library\n\nAgreed.")
                .param("quoted", first.toString())).getStatus()).isEqualTo(302);
        assertThat(page(second, "/topics/" + topic + "?page=1")).contains("In answer to reply #1");

        assertThat(as(place.member(), post("/replies/" + first + "/edit").param("body", "The library, at seven."))
                .getStatus()).isEqualTo(302);
        assertThat(page(second, "/topics/" + topic + "?page=1")).contains("at seven.").contains(">edited<");
        assertThat(as(second, post("/replies/" + first + "/edit").param("body", "Hijacked")).getStatus()).isEqualTo(403);

        assertThat(as(place.member(), post("/replies/" + first + "/delete")).getStatus()).isEqualTo(302);
        String after = page(second, "/topics/" + topic + "?page=1");
        assertThat(after).contains("Reply removed").doesNotContain("at seven.").contains("Agreed.")
                .doesNotContain("test-footer forums.reply:" + first);
    }
}
