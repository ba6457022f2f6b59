package org.iops.forums;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import org.iops.units.UnitFixtures;
import org.iops.units.UnitsIntegrationTest;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The forums' MockMvc tests, in the shared context, with helpers that go through the real forms. */
abstract class ForumsIntegrationTest extends UnitsIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitFixtures fixtures;
    @Autowired
    JdbcClient db;

    /** A member, their chapter and its default category. */
    record Place(UUID member, UUID chapter, UUID category) {
    }

    Place place(String country, String town) throws Exception {
        UUID member = fixtures.memberIn(country, UnitFixtures.unique(town));
        UUID chapter = fixtures.chapterOf(member);
        return new Place(member, chapter, defaultCategory(chapter));
    }

    /** Another member placed in the chapter. */
    UUID memberOf(UUID chapter) {
        String town = db.sql("SELECT name FROM units WHERE id = ?").param(chapter).query(String.class).single();
        String country = db.sql("SELECT country_code FROM units WHERE id = ?").param(chapter).query(String.class).single();
        return fixtures.memberIn(country, town);
    }

    UUID defaultCategory(UUID unit) throws Exception {
        return ForumSeeds.defaultCategory(db, unit);
    }

    MockHttpServletResponse as(@Nullable UUID reader, MockHttpServletRequestBuilder request) throws Exception {
        // a CSRF token on a GET changes nothing; every POST needs one
        return mvc.perform(request.with(csrf()).with(fixtures.as(reader))).andReturn().getResponse();
    }

    MockHttpServletResponse startTopic(UUID author, UUID category, String title, String body, String visibility)
            throws Exception {
        return as(author, post("/forums/categories/" + category + "/new").param("title", title).param("body", body)
                .param("language", "en").param("visibility", visibility));
    }

    /** Starts a topic through the form and returns its id. */
    UUID topic(UUID author, UUID category, String title, String visibility) throws Exception {
        MockHttpServletResponse started = startTopic(author, category, title, "Opening words of " + title, visibility);
        assertThat(started.getStatus()).as(started.getContentAsString()).isEqualTo(302);
        return UUID.fromString(started.getRedirectedUrl().substring("/topics/".length()));
    }

    MockHttpServletResponse reply(UUID author, UUID topic, String body) throws Exception {
        return as(author, post("/topics/" + topic + "/replies").param("body", body));
    }

    String page(@Nullable UUID reader, String path) throws Exception {
        MockHttpServletResponse response = as(reader, get(path));
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    long count(String sql, Object... params) {
        return fixtures.count(sql, params);
    }
}
