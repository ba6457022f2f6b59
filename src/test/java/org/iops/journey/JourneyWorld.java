package org.iops.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import org.iops.units.Role;
import org.iops.units.UnitFixtures;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A chapter of its own for the tests that cross modules: two members of it, its moderator, a member of another
 * chapter of the same branch, and the helpers that write through the real forms of blogs, forums and comments.
 */
record JourneyWorld(UUID chapter, UUID branch, UUID other, UUID author, UUID neighbour, UUID moderator,
        UUID stranger, UUID category, MockMvc mvc, UnitFixtures fixtures, JdbcClient db) {

    static JourneyWorld make(MockMvc mvc, UnitFixtures fixtures, JdbcClient db) throws Exception {
        UUID author = fixtures.memberIn("PT", UnitFixtures.unique("Braga"));
        UUID chapter = fixtures.chapterOf(author);
        String town = db.sql("SELECT name FROM units WHERE id = ?").param(chapter).query(String.class).single();
        UUID neighbour = fixtures.memberIn("PT", town);
        UUID stranger = fixtures.memberIn("PT", UnitFixtures.unique("Faro"));
        JourneyWorld world = new JourneyWorld(chapter, fixtures.branchOf(author), fixtures.chapterOf(stranger), author,
                neighbour, fixtures.memberWithRole(Role.MODERATOR, chapter), stranger, UUID.randomUUID(), mvc, fixtures,
                db);
        UUID category = org.iops.forums.ForumSeeds.defaultCategory(db, chapter);
        return new JourneyWorld(chapter, world.branch(), world.other(), author, neighbour, world.moderator(), stranger,
                category, mvc, fixtures, db);
    }

    MockHttpServletResponse as(@Nullable UUID reader, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(csrf()).with(fixtures.as(reader))).andReturn().getResponse();
    }

    String page(@Nullable UUID reader, String path) throws Exception {
        MockHttpServletResponse response = as(reader, get(path));
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    int status(@Nullable UUID reader, String path) throws Exception {
        return as(reader, get(path)).getStatus();
    }

    /** A blog post published to the chapter through the editor; returns its id. */
    UUID blogPost(UUID author, String title, String body, String visibility) throws Exception {
        MockHttpServletResponse answer = as(author, post("/posts/new").param("title", title).param("body", body)
                .param("language", "en").param("visibility", visibility).param("unit", chapter.toString())
                .param("publish", "1"));
        assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(302);
        return UUID.fromString(answer.getRedirectedUrl().substring("/posts/".length()));
    }

    /** A topic started in the chapter's default category; returns its id. */
    UUID topic(UUID author, String title, String body, String visibility) throws Exception {
        MockHttpServletResponse answer = as(author, post("/forums/categories/" + category + "/new")
                .param("title", title)
                .param("body", body).param("language", "en").param("visibility", visibility));
        assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(302);
        return UUID.fromString(answer.getRedirectedUrl().substring("/topics/".length()));
    }

    /** A reply to the topic; returns its id. */
    UUID reply(UUID author, UUID topic, String body) throws Exception {
        MockHttpServletResponse answer = as(author, post("/topics/" + topic + "/replies").param("body", body));
        assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(302);
        return db.sql("SELECT id FROM forum_reply WHERE topic_id = ? AND author_id = ? ORDER BY number DESC LIMIT 1")
                .params(topic, author).query(UUID.class).single();
    }

    void comment(UUID author, String item, String body) throws Exception {
        MockHttpServletResponse answer = as(author, post("/comments").param("item", item).param("body", body));
        assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(302);
    }

    void follow(UUID member) throws Exception {
        assertThat(as(member, post("/units/" + chapter + "/forum/follow").param("mode", "1")).getStatus())
                .isEqualTo(302);
    }

    MockHttpServletResponse hide(String item, String reason) throws Exception {
        return as(moderator, post("/units/" + chapter + "/moderation/act").param("item", item).param("action", "hide")
                .param("reason", reason));
    }

    long count(String sql, Object... params) {
        return db.sql(sql).params(params).query(Long.class).single();
    }
}
