package org.iops.forums;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import org.iops.units.Role;
import org.iops.units.UnitFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Reading a forum writes nothing: a unit whose forum has no category yet shows one implicit "General", and its
 * default category is written with the first topic published there (or when an admin adds a category).
 */
class ForumImplicitCategoryTests extends ForumsIntegrationTest {

    private static final String FORUM_ROWS = "SELECT (SELECT count(*) FROM forum_category) + (SELECT count(*) FROM"
            + " forum_topic) + (SELECT count(*) FROM forum_subscription) + (SELECT count(*) FROM forum_read)";

    @Test
    void aVisitorOrAMemberReadingAForumWithoutCategoriesWritesNoRow() throws Exception {
        UUID member = fixtures.memberIn("PT", UnitFixtures.unique("Tomar"));
        UUID chapter = fixtures.chapterOf(member);
        long before = count(FORUM_ROWS);

        String forum = page(null, "/units/" + chapter + "/forum");
        assertThat(forum).contains("General").contains("/units/" + chapter + "/forum/general");
        String general = page(null, "/units/" + chapter + "/forum/general");
        assertThat(general).contains("General").contains("No topics").doesNotContain("Start a topic");
        page(member, "/units/" + chapter + "/forum");
        assertThat(page(member, "/units/" + chapter + "/forum/general")).contains("Start a topic");
        assertThat(page(member, "/units/" + chapter + "/forum/general/new")).contains("Publish the topic");

        assertThat(count(FORUM_ROWS)).as("no forum row written by reading").isEqualTo(before);
        assertThat(count("SELECT count(*) FROM forum_category WHERE unit_id = ?", chapter)).isZero();
    }

    @Test
    void theFirstTopicWritesTheDefaultCategoryAndARefusedOneWritesNothing() throws Exception {
        UUID member = fixtures.memberIn("PT", UnitFixtures.unique("Elvas"));
        UUID chapter = fixtures.chapterOf(member);
        UUID outsider = fixtures.memberIn("PT", UnitFixtures.unique("Beja"));

        assertThat(general(member, chapter, "", "Some words").getStatus()).as("no title").isEqualTo(422);
        assertThat(general(outsider, chapter, "Hello", "Some words").getStatus()).as("not a member").isEqualTo(403);
        assertThat(count("SELECT count(*) FROM forum_category WHERE unit_id = ?", chapter)).isZero();

        MockHttpServletResponse started = general(member, chapter, "The first topic in General", "Thursday at eight.");
        assertThat(started.getStatus()).as(started.getContentAsString()).isEqualTo(302);
        UUID category = db.sql("SELECT id FROM forum_category WHERE unit_id = ? AND is_default").param(chapter)
                .query(UUID.class).single();
        assertThat(count("SELECT count(*) FROM forum_topic WHERE category_id = ? AND title = 'The first topic in General'",
                category)).isEqualTo(1);
        assertThat(as(null, get("/units/" + chapter + "/forum/general")).getRedirectedUrl())
                .isEqualTo("/forums/categories/" + category);
        assertThat(page(null, "/forums/categories/" + category)).contains("The first topic in General");

        // a second topic through the same address goes to the same category
        assertThat(general(member, chapter, "Second", "More.").getStatus()).isEqualTo(302);
        assertThat(count("SELECT count(*) FROM forum_category WHERE unit_id = ?", chapter)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM forum_topic WHERE category_id = ?", category)).isEqualTo(2);
    }

    @Test
    void anAdminAddingTheFirstCategoryKeepsGeneralFirst() throws Exception {
        UUID member = fixtures.memberIn("PT", UnitFixtures.unique("Sines"));
        UUID chapter = fixtures.chapterOf(member);
        UUID admin = fixtures.memberWithRole(Role.ADMIN, chapter);
        assertThat(page(admin, "/units/" + chapter + "/forum/categories")).contains("No category yet");
        assertThat(count("SELECT count(*) FROM forum_category WHERE unit_id = ?", chapter)).isZero();

        assertThat(as(admin, post("/units/" + chapter + "/forum/categories").param("name", "Events")).getStatus())
                .isEqualTo(302);
        String forum = page(null, "/units/" + chapter + "/forum");
        assertThat(forum.indexOf("General")).as("General first").isPositive().isLessThan(forum.indexOf("Events"));
        assertThat(forum).doesNotContain("/forum/general\"");
    }

    private MockHttpServletResponse general(UUID author, UUID chapter, String title, String body) throws Exception {
        return as(author, post("/units/" + chapter + "/forum/general/new").param("title", title).param("body", body)
                .param("language", "en").param("visibility", "PUBLIC"));
    }
}
