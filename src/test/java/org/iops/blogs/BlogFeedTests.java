package org.iops.blogs;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/** The Atom feeds, read with Rome as a feed reader would: public posts only, whoever asks. */
class BlogFeedTests extends BlogsIntegrationTest {

    private SyndFeed feed(String path, @org.jspecify.annotations.Nullable UUID reader) throws Exception {
        MockHttpServletResponse answer = read(path, reader);
        assertThat(answer.getStatus()).isEqualTo(200);
        assertThat(answer.getContentType()).startsWith("application/atom+xml");
        return new SyndFeedInput().build(new StringReader(answer.getContentAsString()));
    }

    @Test
    void theUnitAndMemberFeedsCarryPublicPostsOnlyEvenForAMember() throws Exception {
        UUID author = member();
        UUID chapter = fixtures.chapterOf(author);
        PostId open = publish(author, "Open letter", "PUBLIC");
        publish(author, "Members memo", "MEMBERS");
        publish(author, "Chapter memo", "UNIT");
        write(author, chapter, "Draft memo", "Not yet", "PUBLIC", false);

        for (String path : new String[] {"/units/" + chapter + "/blog.atom", "/members/" + author + "/blog.atom"}) {
            SyndFeed feed = feed(path, author);
            assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
            assertThat(feed.getEntries()).extracting(SyndEntry::getTitle).containsExactly("Open letter");
            assertThat(feed.getEntries().get(0).getLink()).endsWith(open.path());
            assertThat(feed.getEntries().get(0).getAuthor()).isNotBlank();
        }
    }

    @Test
    void theBlogPagesNameTheirFeed() throws Exception {
        UUID author = member();
        publish(author, "Linked from the head", "PUBLIC");
        assertThat(page("/units/" + fixtures.chapterOf(author) + "/blog", null)).contains(
                "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/units/" + fixtures.chapterOf(author)
                        + "/blog.atom\"");
        assertThat(page("/members/" + author + "/blog", null)).contains("type=\"application/atom+xml\" href=\"/members/"
                + author + "/blog.atom\"");
    }

    @Test
    void aPostInAHiddenChapterLeavesTheMembersFeedAndIsUnknownToOutsiders() throws Exception {
        UUID author = member();
        UUID chapter = fixtures.chapterOf(author);
        PostId open = write(author, fixtures.branchOf(author), "Open letter", "To the branch.", "PUBLIC", true);
        PostId spam = write(author, chapter, "From a hidden place", "Buy now.", "PUBLIC", true);
        fixtures.hide(chapter);
        assertThat(feed("/members/" + author + "/blog.atom", null).getEntries()).extracting(SyndEntry::getTitle)
                .containsExactly("Open letter");
        assertThat(page("/members/" + author + "/blog", null)).contains("Open letter").doesNotContain("hidden place");
        assertThat(read(spam.path(), null).getStatus()).isEqualTo(404);
        assertThat(read(spam.path(), member()).getStatus()).isEqualTo(404);
        assertThat(read(spam.path(), author).getStatus()).as("its author").isEqualTo(200);
        assertThat(read(open.path(), null).getStatus()).isEqualTo(200);
    }
}
