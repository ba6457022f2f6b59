package org.iops.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.iops.content.ContentRef;
import org.iops.content.ContentState;
import org.iops.content.Contents;
import org.iops.units.UnitFixtures;
import org.iops.units.UnitsIntegrationTest;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/** The search tests' helpers: members write through the real forms, readers search through the real page. */
abstract class SearchIntegrationTest extends UnitsIntegrationTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitFixtures fixtures;
    @Autowired
    JdbcClient db;
    @Autowired
    Contents contents;
    @Autowired
    TransactionTemplate transactions;

    /** A member, their chapter (of the town) and its forum's default category. */
    record Place(UUID member, UUID chapter, UUID category, String town) {
    }

    /** A word no other test writes: letters only, so every language's stemming leaves it as it is. */
    static String token() {
        Random random = new Random(System.nanoTime() + SEQUENCE.incrementAndGet());
        StringBuilder word = new StringBuilder("qx");
        for (int i = 0; i < 9; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    Place place(String country, String town) throws Exception {
        String name = UnitFixtures.unique(town);
        UUID member = fixtures.memberIn(country, name);
        UUID chapter = fixtures.chapterOf(member);
        UUID category = org.iops.forums.ForumSeeds.defaultCategory(db, chapter);
        return new Place(member, chapter, category, name);
    }

    MockHttpServletResponse as(@Nullable UUID reader, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(csrf()).with(fixtures.as(reader))).andReturn().getResponse();
    }

    UUID topic(Place place, String title, String body, String language, String visibility) throws Exception {
        MockHttpServletResponse started = as(place.member(), post("/forums/categories/" + place.category() + "/new")
                .param("title", title).param("body", body).param("language", language).param("visibility", visibility));
        assertThat(started.getStatus()).as(started.getContentAsString()).isEqualTo(302);
        return UUID.fromString(started.getRedirectedUrl().substring("/topics/".length()));
    }

    UUID reply(UUID author, UUID topic, String body) throws Exception {
        MockHttpServletResponse answer = as(author, post("/topics/" + topic + "/replies").param("body", body));
        assertThat(answer.getStatus()).as(answer.getContentAsString()).isIn(200, 302, 303);
        return db.sql("SELECT id FROM forum_reply WHERE topic_id = ? ORDER BY number DESC LIMIT 1").param(topic)
                .query(UUID.class).single();
    }

    UUID blogPost(UUID author, UUID unit, String title, String body, String language, String visibility)
            throws Exception {
        MockHttpServletResponse answer = as(author, post("/posts/new").param("title", title).param("body", body)
                .param("language", language).param("visibility", visibility).param("unit", unit.toString())
                .param("publish", "1"));
        assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(302);
        return UUID.fromString(answer.getRedirectedUrl().substring("/posts/".length()));
    }

    UUID comment(UUID author, ContentRef item, String body) throws Exception {
        MockHttpServletResponse answer = as(author, post("/comments").param("item", item.toString()).param("body", body));
        assertThat(answer.getStatus()).as(answer.getContentAsString()).isIn(200, 302, 303);
        return db.sql("SELECT id FROM comment WHERE item_ref = ? ORDER BY created_at DESC LIMIT 1")
                .param(item.toString()).query(UUID.class).single();
    }

    /** What a moderator does: the item's state changed through its module, in one transaction. */
    void moderate(ContentRef ref, ContentState state) {
        transactions.executeWithoutResult(status ->
                assertThat(contents.sourceOf(ref).changeState(ref, state, "Off topic")).isTrue());
    }

    MockHttpServletResponse searchResponse(@Nullable UUID reader, String... params) throws Exception {
        MockHttpServletRequestBuilder request = get("/search");
        for (int i = 0; i + 1 < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return as(reader, request);
    }

    /** The search page's HTML, which must answer 200. */
    String search(@Nullable UUID reader, String... params) throws Exception {
        MockHttpServletResponse answer = searchResponse(reader, params);
        assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(200);
        return answer.getContentAsString();
    }

    static String topicPath(UUID topic) {
        return "href=\"/topics/" + topic + "\"";
    }

    static String replyPath(UUID reply) {
        return "href=\"/replies/" + reply + "\"";
    }
}
