package org.iops.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iops.comments.thread.CommentPosting;
import org.iops.content.ContentRef;
import org.iops.content.Visibility;
import org.iops.units.UnitFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * What a member sees of comments below an item: their comment in place, threads of replies ("replying to X"),
 * the "edited" mark, "comment removed" where replies remain, quoting, and the first 50 threads with "show more".
 */
class CommentThreadsTests extends CommentsIntegrationTest {

    @Autowired
    CommentPosting posting;

    String town;
    UUID author;
    UUID reader;
    ContentRef item;

    @BeforeEach
    void world() {
        town = UnitFixtures.unique("Salto");
        author = member("Aurora", "UY", town);
        reader = member("Basilio", "UY", town);
        item = page(author, Visibility.PUBLIC);
    }

    @Test
    void aCommentShowsBelowTheItemAfterPostingWithoutJavaScript() throws Exception {
        MockHttpServletResponse posted = comment(reader, item, null, "Good **news** for the chapter", false);

        assertThat(posted.getRedirectedUrl()).startsWith("/test-pages/" + item.id() + "#comment-");
        String page = html(null, item);
        assertThat(page).contains("1 comment", "Good <strong>news</strong> for the chapter", nameOf(reader));
        // when it was written, to the minute: "Dec 1, 2026, 5:03 PM UTC", no seconds
        assertThat(page).containsPattern("<time class=\"muted\" datetime=\"[^\"]+\">[^<]*\\d:\\d\\d\\s?[AP]M UTC</time>")
                .doesNotContainPattern("<time[^>]*>[^<]*\\d:\\d\\d:\\d\\d");
    }

    @Test
    void withHtmxTheNewCommentComesBackAsAFragmentWithAnEmptyForm() throws Exception {
        MockHttpServletResponse posted = comment(reader, item, null, "In place, please", true);

        assertThat(posted.getStatus()).isEqualTo(200);
        String fragment = posted.getContentAsString();
        assertThat(fragment).doesNotContain("<html").contains("<li class=\"comment-thread\"", "In place, please")
                .contains("id=\"comment-form-" + item.id() + "\"", "hx-swap-oob=\"true\"", "Your comment is posted.");
        assertThat(fragment).doesNotContain(">In place, please</textarea>");
    }

    @Test
    void aReplyToAReplyJoinsTheSameThreadAndSaysWhomItAnswers() throws Exception {
        UUID third = member("Celia", "UY", town);
        UUID first = commented(reader, item, null, "Who comes on Saturday?");
        UUID reply = commented(author, item, first, "I do.");
        UUID replyToReply = commented(third, item, reply, "Me too, with a car.");

        assertThat(db.sql("SELECT thread_id FROM comment WHERE id = ?").param(replyToReply).query(UUID.class).single())
                .isEqualTo(first);
        String page = html(reader, item);
        assertThat(page).containsSubsequence("id=\"thread-" + first + "\"", "Who comes on Saturday?",
                "class=\"comment-replies\"", "I do.", "replying to " + nameOf(author), "Me too, with a car.");
    }

    @Test
    void anEditedCommentIsMarkedEdited() throws Exception {
        UUID id = commented(reader, item, null, "Meeting at 7");

        MockHttpServletResponse edited = perform(post("/comments/" + id + "/edit").with(csrf()).with(fixtures.as(reader))
                .param("item", item.toString()).param("body", "Meeting at 8"));

        assertThat(edited.getRedirectedUrl()).isEqualTo("/test-pages/" + item.id() + "#comment-" + id);
        assertThat(html(null, item)).contains("Meeting at 8", "· edited").doesNotContain("Meeting at 7");
    }

    @Test
    void deletingACommentWithRepliesLeavesCommentRemovedAndWithoutRepliesLeavesNothing() throws Exception {
        UUID answered = commented(reader, item, null, "Answered words");
        commented(author, item, answered, "An answer");
        UUID alone = commented(reader, item, null, "Lonely words");

        perform(post("/comments/" + answered + "/delete").with(csrf()).with(fixtures.as(reader)));
        perform(post("/comments/" + alone + "/delete").with(csrf()).with(fixtures.as(reader)));

        String page = html(null, item);
        assertThat(page).contains("Comment removed", "An answer").doesNotContain("Answered words")
                .doesNotContain("Lonely words").doesNotContain("id=\"thread-" + alone + "\"");
        assertThat(db.sql("SELECT count(*) FROM comment WHERE id = ?").param(alone).query(Long.class).single()).isZero();
        assertThat(db.sql("SELECT body FROM comment WHERE id = ?").param(answered).query(String.class).single())
                .as("the removed text is gone, not just hidden").isEmpty();
    }

    @Test
    void whenTheLastReplyOfARemovedCommentGoesTheThreadGoesToo() throws Exception {
        UUID first = commented(reader, item, null, "Soon removed");
        UUID reply = commented(author, item, first, "Soon alone");
        perform(post("/comments/" + first + "/delete").with(csrf()).with(fixtures.as(reader)));

        perform(post("/comments/" + reply + "/delete").with(csrf()).with(fixtures.as(author)));

        assertThat(html(null, item)).doesNotContain("id=\"thread-" + first + "\"").doesNotContain("Comment removed");
    }

    @Test
    void quotingStartsTheReplyWithTheQuotedText() throws Exception {
        UUID id = commented(author, item, null, "Line one\nline two");

        String form = perform(get("/comments/" + id + "/reply").param("quote", "true").with(fixtures.as(reader))
                .header("HX-Request", "true")).getContentAsString();

        assertThat(form).contains("&gt; Line one\n&gt; line two", "name=\"answering\" value=\"" + id + "\"");
    }

    @Test
    void aLongDiscussionOpensAtItsFirstFiftyThreadsAndShowsMoreByKeyset() throws Exception {
        for (int i = 1; i <= 55; i++) {
            posting.post(reader, item, null, String.format("Thread number %02d", i));
        }

        String page = html(null, item);
        assertThat(page).contains("55 comments", "Thread number 01", "Thread number 50").doesNotContain("Thread number 51");
        Matcher more = Pattern.compile("href=\"(/comments\\?item=[^\"]+)\"").matcher(page);
        assertThat(more.find()).as("a show-more link").isTrue();

        String next = perform(get(more.group(1).replace("&amp;", "&")).header("HX-Request", "true")).getContentAsString();
        assertThat(next).contains("Thread number 51", "Thread number 55").doesNotContain("Thread number 50")
                .contains("id=\"more-" + item.id() + "\" hx-swap-oob=\"outerHTML\"");
    }

    @Test
    void aVisitorReadsTheCommentsButGetsNoFormAndNoButtons() throws Exception {
        commented(reader, item, null, "Public words");

        String page = html(null, item);
        assertThat(page).contains("Public words", "Sign in to comment").doesNotContain("name=\"body\"")
                .doesNotContain("/delete").doesNotContain("_csrf");
    }
}
