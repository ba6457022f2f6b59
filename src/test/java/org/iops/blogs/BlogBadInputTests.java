package org.iops.blogs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import org.iops.units.UnitFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Whatever a member sends, a bad post gets a clear message on the form, a 422, and nothing is written. */
class BlogBadInputTests extends BlogsIntegrationTest {

    private MockHttpServletResponse attempt(UUID author, String title, String body, String language, String unit)
            throws Exception {
        long before = count("SELECT count(*) FROM blog_post WHERE author_id = ?", author);
        MockHttpServletRequestBuilder form = post("/posts/new").param("title", title).param("body", body)
                .param("language", language).param("visibility", "PUBLIC").param("unit", unit).param("publish", "1");
        MockHttpServletResponse answer = send(form, author);
        assertThat(count("SELECT count(*) FROM blog_post WHERE author_id = ?", author)).as("nothing written")
                .isEqualTo(before);
        return answer;
    }

    @Test
    void anEmptyTitleOrTextIsRefused() throws Exception {
        UUID author = member();
        MockHttpServletResponse answer = attempt(author, "  ", "", "en", fixtures.chapterOf(author).toString());
        assertThat(answer.getStatus()).isEqualTo(422);
        assertThat(answer.getContentAsString()).contains("Give your post a title.", "Write the text of the post.");
    }

    @Test
    void aMegabyteOfTextIsRefusedWithTheLimit() throws Exception {
        UUID author = member();
        MockHttpServletResponse answer = attempt(author, "Long", "a".repeat(1_000_000), "en",
                fixtures.chapterOf(author).toString());
        assertThat(answer.getStatus()).isEqualTo(422);
        assertThat(answer.getContentAsString()).contains("at most 100,000 characters (it has 1,000,000)");
    }

    @Test
    void anUnknownLanguageIsRefused() throws Exception {
        UUID author = member();
        MockHttpServletResponse answer = attempt(author, "Title", "Text", "xx", fixtures.chapterOf(author).toString());
        assertThat(answer.getStatus()).isEqualTo(422);
        assertThat(answer.getContentAsString()).contains("Choose a language from the list.");
    }

    @Test
    void aUnitTheAuthorDoesNotBelongToIsRefused() throws Exception {
        UUID author = member();
        UUID elsewhere = fixtures.chapterOf(fixtures.memberIn("BR", UnitFixtures.unique("Natal")));
        for (String unit : new String[] {elsewhere.toString(), "not-a-unit", UUID.randomUUID().toString()}) {
            MockHttpServletResponse answer = attempt(author, "Title", "Text", "en", unit);
            assertThat(answer.getStatus()).isEqualTo(422);
            assertThat(answer.getContentAsString()).contains("you can only publish where you belong");
        }
    }

    @Test
    void hostileMarkdownIsPublishedHarmless() throws Exception {
        UUID author = member();
        PostId id = write(author, fixtures.chapterOf(author), "Hostile",
                "<script>alert(1)</script> [click](javascript:alert(2)) <img src=x onerror=alert(3)>", "PUBLIC", true);
        String html = page(id.path(), null);
        assertThat(html).doesNotContain("<script>alert", "href=\"javascript:", "onerror=alert(3)>");
        assertThat(html).contains("&lt;script&gt;");
    }
}
