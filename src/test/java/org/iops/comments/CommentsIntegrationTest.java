package org.iops.comments;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import org.iops.ApplicationTest;
import org.iops.content.ContentRef;
import org.iops.content.Visibility;
import org.iops.units.TestMembers;
import org.iops.units.UnitDirectory;
import org.iops.units.UnitFixtures;
import org.iops.units.Residence;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The comments and reactions tests, through the real pages with MockMvc, on items of the tests' own content type
 * ({@link TestPages}) in chapters of their own.
 */
@ApplicationTest
abstract class CommentsIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitFixtures fixtures;
    @Autowired
    TestMembers members;
    @Autowired
    UnitDirectory units;
    @Autowired
    TestPages.Store pages;
    @Autowired
    JdbcClient db;

    /** A member with a name that can be mentioned (no space), living in the locality. */
    UUID member(String name, String country, String locality) {
        UUID id = members.add(name + UnitFixtures.unique("x").replace(" ", ""));
        units.place(id, new Residence(country, locality, null));
        return id;
    }

    String nameOf(UUID member) {
        return db.sql("SELECT display_name FROM member WHERE id = ?").param(member).query(String.class).single();
    }

    ContentRef page(UUID author, Visibility visibility) {
        return pages.add(fixtures.chapterOf(author), author, visibility, UnitFixtures.unique("Page"));
    }

    MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    MockHttpServletResponse comment(@Nullable UUID writer, ContentRef item, @Nullable UUID answering, String text,
            boolean htmx) throws Exception {
        MockHttpServletRequestBuilder request = post("/comments").with(csrf()).with(fixtures.as(writer))
                .param("item", item.toString()).param("body", text);
        if (answering != null) {
            request.param("answering", answering.toString());
        }
        if (htmx) {
            request.header("HX-Request", "true");
        }
        return perform(request);
    }

    /** Posts a comment without JavaScript and returns its id, from the anchor the redirect leads to. */
    UUID commented(UUID writer, ContentRef item, @Nullable UUID answering, String text) throws Exception {
        String to = comment(writer, item, answering, text, false).getRedirectedUrl();
        if (to == null || !to.contains("#comment-")) {
            throw new AssertionError("the comment was not posted: " + to);
        }
        return UUID.fromString(to.substring(to.indexOf("#comment-") + "#comment-".length()));
    }

    String html(@Nullable UUID reader, ContentRef item) throws Exception {
        return perform(get("/test-pages/" + item.id()).with(fixtures.as(reader))).getContentAsString();
    }

    static String address(UUID member) {
        return member + "@example.org";
    }
}
