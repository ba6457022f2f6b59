package org.iops.blogs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import org.iops.units.UnitFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/** Writing, publishing, editing and deleting posts, as their author and their readers notice it. */
class BlogPostsTests extends BlogsIntegrationTest {

    @Test
    void aDraftIsSeenByItsAuthorOnlyAndListedInTheirDrafts() throws Exception {
        UUID author = member();
        UUID other = member();
        PostId draft = write(author, fixtures.chapterOf(author), "Draft about bikes", "Not yet", "PUBLIC", false);

        assertThat(page(draft.path(), author)).contains("Draft about bikes", "only you can see it");
        assertThat(page("/posts/drafts", author)).contains("Draft about bikes");
        assertThat(read(draft.path(), other).getStatus()).isEqualTo(404);
        assertThat(read(draft.path(), null).getStatus()).isEqualTo(404);
        assertThat(page("/members/" + author + "/blog", author)).doesNotContain("Draft about bikes");
        assertThat(page("/units/" + fixtures.chapterOf(author), null)).doesNotContain("Draft about bikes");
    }

    @Test
    void aPublishedPostShowsOnItsChaptersPageAndBlogAndOnItsAuthorsBlog() throws Exception {
        UUID author = member();
        UUID chapter = fixtures.chapterOf(author);
        PostId draft = write(author, chapter, "Garden day", "We **planted** trees.", "PUBLIC", false);
        MockHttpServletResponse published = send(post(draft.path() + "/edit").param("title", "Garden day")
                .param("body", "We **planted** trees.").param("language", "en").param("visibility", "PUBLIC")
                .param("unit", chapter.toString()).param("publish", "1"), author);
        assertThat(published.getRedirectedUrl()).isEqualTo(draft.path());

        String post = page(draft.path(), null);
        assertThat(post).contains("<strong>planted</strong>").doesNotContain("only you can see it");
        assertThat(page("/units/" + chapter, null)).contains("section-blog", "Garden day");
        assertThat(page("/units/" + chapter + "/blog", null)).contains("Garden day");
        assertThat(page("/members/" + author + "/blog", null)).contains("Garden day");
        assertThat(page("/posts/drafts", author)).doesNotContain("Garden day");
    }

    @Test
    void anEditIsMarkedAndEveryRevisionCanBeRead() throws Exception {
        UUID author = member();
        UUID chapter = fixtures.chapterOf(author);
        PostId id = write(author, chapter, "Assembly notes", "First version", "PUBLIC", true);
        assertThat(page(id.path(), null)).doesNotContain("blog-edited");

        send(post(id.path() + "/edit").param("title", "Assembly notes, corrected").param("body", "Second version")
                .param("language", "en").param("visibility", "PUBLIC").param("unit", chapter.toString()), author);

        assertThat(page(id.path(), null)).contains("Second version", "blog-edited", id.path() + "/revisions");
        String history = page(id.path() + "/revisions", null);
        assertThat(history).contains("Revision 1", "Revision 2", id.path() + "/revisions/1");
        assertThat(page(id.path() + "/revisions/1", null)).contains("First version").doesNotContain("Second version");
        assertThat(page(id.path() + "/revisions/2", null)).contains("Second version");
        assertThat(read(id.path() + "/revisions/3", null).getStatus()).isEqualTo(404);
    }

    @Test
    void aDeletedPostIsGoneForReadersAndFromTheLists() throws Exception {
        UUID author = member();
        PostId id = publish(author, "Soon deleted", "PUBLIC");
        MockHttpServletResponse deleted = send(post(id.path() + "/delete"), author);
        assertThat(deleted.getStatus()).isEqualTo(302);

        assertThat(read(id.path(), null).getStatus()).isEqualTo(404);
        assertThat(read(id.path(), author).getStatus()).isEqualTo(404);
        assertThat(page("/units/" + fixtures.chapterOf(author) + "/blog", author)).doesNotContain("Soon deleted");
        assertThat(count("SELECT count(*) FROM blog_post WHERE id = ? AND state = 'REMOVED'", id.value())).isEqualTo(1);
    }

    @Test
    void aPostHeldByAPostingRuleWaitsForAModerator() throws Exception {
        UUID author = member();
        PostId id = write(author, fixtures.chapterOf(author), "Held post", "Buy now " + BlogTestBeans.HOLD, "PUBLIC", true);

        assertThat(page(id.path(), author)).contains("waiting for a moderator");
        assertThat(read(id.path(), null).getStatus()).isEqualTo(404);
        assertThat(page("/posts/drafts", author)).contains("Held post", "Waiting for a moderator");
        UUID moderator = fixtures.memberWithRole(org.iops.units.Role.MODERATOR, fixtures.chapterOf(author));
        assertThat(page("/units/" + fixtures.chapterOf(author) + "/moderation", moderator))
                .as("it waits in the queue of its unit").contains("Held post");
    }

    @Test
    void anotherMembersPostCannotBeEditedOrDeletedThroughForgedIds() throws Exception {
        UUID author = member();
        UUID intruder = member();
        PostId publicPost = publish(author, "Not yours", "PUBLIC");
        PostId unitPost = publish(author, "Not yours either", "UNIT");

        assertThat(read(publicPost.path() + "/edit", intruder).getStatus()).isEqualTo(403);
        assertThat(read(unitPost.path() + "/edit", intruder).getStatus()).isEqualTo(404);
        assertThat(send(post(publicPost.path() + "/edit").param("title", "Hacked").param("body", "Hacked")
                .param("language", "en").param("visibility", "PUBLIC")
                .param("unit", fixtures.chapterOf(intruder).toString()), intruder).getStatus()).isEqualTo(403);
        assertThat(send(post(unitPost.path() + "/delete"), intruder).getStatus()).isEqualTo(404);
        assertThat(page(publicPost.path(), null)).contains("Not yours").doesNotContain("Hacked");
        assertThat(count("SELECT count(*) FROM blog_post WHERE id = ? AND state = 'PUBLISHED'", unitPost.value()))
                .isEqualTo(1);
    }

    @Test
    void malformedAndUnknownPostIdsAreNotFound() throws Exception {
        assertThat(read("/posts/zzz", null).getStatus()).isEqualTo(404);
        assertThat(read("/posts/1-1-1-1-1", null).getStatus()).isEqualTo(404);
        assertThat(read("/posts/" + UUID.randomUUID(), member()).getStatus()).isEqualTo(404);
    }

    @Test
    void aMemberWritesInTheirUnitsOnly() throws Exception {
        UUID author = member();
        UUID elsewhere = fixtures.chapterOf(fixtures.memberIn("BR", UnitFixtures.unique("Recife")));
        String form = page("/posts/new", author);
        assertThat(form).contains(fixtures.chapterOf(author).toString(), fixtures.branchOf(author).toString())
                .doesNotContain(elsewhere.toString());
    }

    @Test
    void readersFilterAUnitsBlogAndAMembersBlogByLanguage() throws Exception {
        UUID author = member();
        UUID chapter = fixtures.chapterOf(author);
        write(author, chapter, "Assembly in English", "Text", "PUBLIC", true, "en");
        write(author, chapter, "Asamblea en español", "Texto", "PUBLIC", true, "es");
        write(author, chapter, "Versammlung auf Deutsch", "Text", "PUBLIC", true, "de");

        for (String blog : new String[] {"/units/" + chapter + "/blog", "/members/" + author + "/blog"}) {
            String all = page(blog, null);
            assertThat(all).contains("Assembly in English", "Asamblea en español", "Versammlung auf Deutsch",
                    "All languages", blog + "?language=es");
            assertThat(page(blog + "?language=es", null)).contains("Asamblea en español")
                    .doesNotContain("Assembly in English", "Versammlung auf Deutsch");
        }
        assertThat(page("/units/" + chapter + "/blog?language=zz", null)).as("an unknown language filters nothing")
                .contains("Assembly in English", "Asamblea en español");
    }

    @Test
    void longBlogsArePagedNewestFirstWithoutRepeatsOrGaps() throws Exception {
        UUID author = member();
        UUID chapter = fixtures.chapterOf(author);
        for (int i = 1; i <= 23; i++) {
            publish(author, String.format("Paged post %02d", i), "PUBLIC");
        }
        String first = page("/units/" + chapter + "/blog", null);
        assertThat(first).contains("Paged post 23", "Paged post 04").doesNotContain("Paged post 03");
        assertThat(first.indexOf("Paged post 23")).isLessThan(first.indexOf("Paged post 22"));
        java.util.regex.Matcher next = java.util.regex.Pattern.compile("href=\"([^\"]*after=[^\"]*)\" rel=\"next\"")
                .matcher(first);
        assertThat(next.find()).as("a link to the older posts").isTrue();
        String second = page(next.group(1).replace("&amp;", "&"), null);
        assertThat(second).contains("Paged post 03", "Paged post 01").doesNotContain("Paged post 04")
                .doesNotContain("rel=\"next\"");
        assertThat(page("/units/" + chapter + "/blog?after=nonsense", null)).as("a broken cursor is the first page")
                .contains("Paged post 23");
    }
}
