package org.iops.blogs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import org.iops.ApplicationTest;
import org.iops.units.UnitFixtures;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The blogs' MockMvc tests: real members placed in chapters, posts written through the real forms. */
@ApplicationTest
abstract class BlogsIntegrationTest {

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected UnitFixtures fixtures;
    @Autowired
    protected JdbcClient jdbc;

    /** A member living in a chapter of its own, in Brazil. */
    protected UUID member() {
        return fixtures.memberIn("BR", UnitFixtures.unique("Porto"));
    }

    protected MockHttpServletResponse read(String path, @Nullable UUID reader) throws Exception {
        return mvc.perform(get(path).with(fixtures.as(reader))).andReturn().getResponse();
    }

    protected MockHttpServletResponse send(MockHttpServletRequestBuilder request, UUID member) throws Exception {
        return mvc.perform(request.with(fixtures.as(member)).with(csrf())).andReturn().getResponse();
    }

    /** Writes a post through the form and returns its id; {@code publish} false keeps it a draft. */
    protected PostId write(UUID author, UUID unit, String title, String body, String visibility, boolean publish)
            throws Exception {
        return write(author, unit, title, body, visibility, publish, "en");
    }

    protected PostId write(UUID author, UUID unit, String title, String body, String visibility, boolean publish,
            String language) throws Exception {
        MockHttpServletRequestBuilder form = post("/posts/new").param("title", title).param("body", body)
                .param("language", language).param("visibility", visibility).param("unit", unit.toString());
        if (publish) {
            form = form.param("publish", "1");
        }
        MockHttpServletResponse answer = send(form, author);
        assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(302);
        String location = answer.getRedirectedUrl();
        assertThat(location).startsWith("/posts/");
        return PostId.parse(location.substring("/posts/".length()));
    }

    protected PostId publish(UUID author, String title, String visibility) throws Exception {
        return write(author, fixtures.chapterOf(author), title, "Text of " + title, visibility, true);
    }

    protected String page(String path, @Nullable UUID reader) throws Exception {
        MockHttpServletResponse answer = read(path, reader);
        assertThat(answer.getStatus()).as(path).isEqualTo(200);
        return answer.getContentAsString();
    }

    protected long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
