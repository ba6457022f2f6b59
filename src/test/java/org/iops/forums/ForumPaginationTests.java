package org.iops.forums;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.UUID;
import org.iops.content.Visibility;
import org.iops.forums.store.ForumPosting;
import org.iops.members.MembersIntegrationTest;
import org.iops.units.UnitFixtures;
import org.iops.web.StatementLog;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * A topic of 10,000 replies opens as fast as one of 10: the same statements, a range read through the
 * {@code (topic_id, number)} index; a returning member opens it at their first unread reply; the last page's poll
 * costs one row when nothing is new.
 */
class ForumPaginationTests extends MembersIntegrationTest {

    @Autowired
    UnitFixtures fixtures;
    @Autowired
    ForumPosting posting;

    private record Topic(UUID id, UUID chapter, UUID author) {
    }

    private Topic topicWith(int replies) {
        UUID author = fixtures.memberIn("IS", UnitFixtures.unique("Akureyri"));
        UUID chapter = fixtures.chapterOf(author);
        db.sql("INSERT INTO forum_category (id, unit_id, position, is_default, created_at) VALUES (?, ?, 0, true, now())"
                + " ON CONFLICT DO NOTHING").params(UUID.randomUUID(), chapter).update();
        UUID category = db.sql("SELECT id FROM forum_category WHERE unit_id = ?").param(chapter).query(UUID.class).single();
        UUID topic = posting.startTopic(author, category, "Long thread " + replies, "Opening", "en", Visibility.MEMBERS).id();
        db.sql("INSERT INTO forum_reply (id, topic_id, unit_id, number, author_id, body, state, created_at)"
                        + " SELECT gen_random_uuid(), ?, ?, n, ?, 'Reply text ' || n, 'PUBLISHED', now() - (? - n) * interval '1 second'"
                        + " FROM generate_series(1, ?) n")
                .params(topic, chapter, author, replies, replies).update();
        db.sql("UPDATE forum_topic SET last_number = ? WHERE id = ?").params(replies, topic).update();
        db.sql("ANALYZE forum_reply").update();
        return new Topic(topic, chapter, author);
    }

    private MockHttpServletResponse read(@Nullable UUID reader, String path) throws Exception {
        return mvc.perform(get(path).with(fixtures.as(reader))).andReturn().getResponse();
    }

    private List<String> statementsOf(@Nullable UUID reader, String path) throws Exception {
        return StatementLog.during(() -> assertThat(read(reader, path).getStatus()).as(path).isEqualTo(200));
    }

    @Test
    void theLastPageOfTenThousandRepliesCostsWhatThePageOfATenReplyTopicCosts() throws Exception {
        Topic huge = topicWith(10_000);
        Topic small = topicWith(10);
        UUID reader = fixtures.memberIn("IS", "Reykjavik " + UUID.randomUUID().toString().substring(0, 6));

        // warm the reader's standing and the tree cache so that only the page itself is counted
        read(reader, "/topics/" + small.id() + "?page=1");
        List<String> shortTopic = statementsOf(reader, "/topics/" + small.id() + "?page=1");
        List<String> firstPage = statementsOf(reader, "/topics/" + huge.id() + "?page=1");
        List<String> lastPage = statementsOf(reader, "/topics/" + huge.id() + "?page=500");

        assertThat(firstPage).hasSameSizeAs(shortTopic);
        assertThat(lastPage).hasSameSizeAs(shortTopic);
        assertThat(lastPage).noneMatch(sql -> sql.toUpperCase().contains("OFFSET"));
        assertThat(read(reader, "/topics/" + huge.id() + "?page=500").getContentAsString())
                .contains("Reply text 10000").contains("Reply text 9981").doesNotContain("Reply text 9980<");

        String plan = String.join("\n", db.sql("EXPLAIN SELECT r.id FROM forum_reply r LEFT JOIN forum_reply q ON q.id = r.quoted_id"
                + " WHERE r.topic_id = '" + huge.id() + "' AND r.number BETWEEN 9981 AND 10000 ORDER BY r.number")
                .query(String.class).list());
        assertThat(plan).contains("forum_reply_number_key").doesNotContain("Seq Scan on forum_reply r");
        assertThat(read(reader, "/topics/" + huge.id() + "?page=501").getStatus()).isEqualTo(404);
    }

    @Test
    void aReturningMemberOpensTheTopicAtTheirFirstUnreadReply() throws Exception {
        Topic topic = topicWith(75);
        UUID reader = fixtures.memberIn("IS", "Selfoss " + UUID.randomUUID().toString().substring(0, 6));

        assertThat(read(reader, "/topics/" + topic.id()).getStatus()).as("a first visit starts at the top").isEqualTo(200);
        assertThat(read(reader, "/topics/" + topic.id()).getRedirectedUrl()).as("page 1 was shown: replies 1 to 20")
                .isEqualTo("/topics/" + topic.id() + "?page=2#reply-21");
        read(reader, "/topics/" + topic.id() + "?page=3");
        read(reader, "/topics/" + topic.id() + "?page=1"); // reading back does not move the position back
        assertThat(read(reader, "/topics/" + topic.id()).getRedirectedUrl())
                .isEqualTo("/topics/" + topic.id() + "?page=4#reply-61");
        read(reader, "/topics/" + topic.id() + "?all");
        assertThat(read(reader, "/topics/" + topic.id()).getRedirectedUrl()).as("all read: the last reply")
                .isEqualTo("/topics/" + topic.id() + "?page=4#reply-75");
        assertThat(read(null, "/topics/" + topic.id()).getStatus()).as("a members' topic is not there for a visitor")
                .isEqualTo(404);
    }

    @Test
    void theLastPagePollAnswersNoContentUntilAReplyArrivesThenOnlyTheNewReply() throws Exception {
        Topic topic = topicWith(3);
        UUID reader = fixtures.memberIn("IS", "Vik " + UUID.randomUUID().toString().substring(0, 6));
        String poll = "/topics/" + topic.id() + "/live?after=3";

        assertThat(read(reader, "/topics/" + topic.id() + "?page=1").getContentAsString())
                .contains("hx-get=\"" + poll.replace("&", "&amp;") + "\"").contains("New replies? Show them");
        read(reader, poll); // warm the standing
        List<String> quiet = StatementLog.during(() -> {
            MockHttpServletResponse nothing = mvc.perform(get(poll).header("HX-Request", "true").with(fixtures.as(reader)))
                    .andReturn().getResponse();
            assertThat(nothing.getStatus()).isEqualTo(204);
            assertThat(nothing.getContentAsString()).isEmpty();
        });
        assertThat(quiet).as("only the topic's row is read").filteredOn(sql -> sql.contains("forum_")).hasSize(1);

        posting.reply(topic.author(), topic.id(), "Fresh news", null);
        MockHttpServletResponse fresh = mvc.perform(get(poll).header("HX-Request", "true").with(fixtures.as(reader)))
                .andReturn().getResponse();
        assertThat(fresh.getStatus()).isEqualTo(200);
        assertThat(fresh.getContentAsString()).contains("Fresh news").doesNotContain("Reply text 3")
                .contains("/live?after=4").doesNotContain("<html");
        assertThat(read(reader, poll).getRedirectedUrl()).as("without htmx, the link leads to the first new reply")
                .isEqualTo("/topics/" + topic.id() + "?page=1#reply-4");
    }
}
