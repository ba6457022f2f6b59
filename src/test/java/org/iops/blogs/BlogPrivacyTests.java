package org.iops.blogs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.iops.units.tree.ChapterModeration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Members-only and unit-only posts never reach a visitor or a member not entitled to them: not the post's page, not
 * the unit's section or blog, not the author's blog, not a feed.
 */
class BlogPrivacyTests extends BlogsIntegrationTest {

    @Test
    void aMembersOnlyPostNeverReachesAVisitor() throws Exception {
        UUID author = member();
        UUID chapter = fixtures.chapterOf(author);
        PostId secret = publish(author, "Members-only plans", "MEMBERS");
        UUID stranger = member();

        assertThat(read(secret.path(), null).getStatus()).isEqualTo(404);
        assertThat(read(secret.path() + "/revisions", null).getStatus()).isEqualTo(404);
        assertThat(read(secret.path() + "/revisions/1", null).getStatus()).isEqualTo(404);
        for (String list : new String[] {"/units/" + chapter, "/units/" + chapter + "/blog",
                "/units/" + chapter + "/blog.atom"}) {
            assertThat(page(list, null)).as(list).doesNotContain("Members-only plans");
        }
        assertThat(read("/members/" + author + "/blog", null).getStatus()).as("nothing public: no blog to show")
                .isEqualTo(404);
        assertThat(read("/members/" + author + "/blog.atom", null).getStatus()).isEqualTo(404);

        assertThat(page(secret.path(), stranger)).contains("Members-only plans");
        assertThat(page("/units/" + chapter + "/blog", stranger)).contains("Members-only plans");
        assertThat(page("/members/" + author + "/blog", stranger)).contains("Members-only plans");
    }

    @Test
    void aUnitOnlyPostReachesTheMembersOfTheUnitOnly() throws Exception {
        UUID author = member();
        UUID chapter = fixtures.chapterOf(author);
        UUID chapterMate = fixtures.memberIn("BR", jdbc.sql("SELECT name FROM units WHERE id = ?").param(chapter)
                .query(String.class).single());
        UUID outsider = member();
        PostId local = publish(author, "Only for our chapter", "UNIT");

        assertThat(page(local.path(), chapterMate)).contains("Only for our chapter");
        assertThat(page("/units/" + chapter, chapterMate)).contains("Only for our chapter");
        assertThat(page("/members/" + author + "/blog", chapterMate)).contains("Only for our chapter");

        assertThat(read(local.path(), outsider).getStatus()).isEqualTo(404);
        assertThat(read(local.path(), null).getStatus()).isEqualTo(404);
        assertThat(page("/units/" + chapter, outsider)).doesNotContain("Only for our chapter");
        assertThat(page("/units/" + chapter + "/blog", outsider)).doesNotContain("Only for our chapter");
        assertThat(read("/members/" + author + "/blog", outsider).getStatus()).isEqualTo(404);
    }

    @Test
    void aBranchPostForItsUnitReachesTheMembersOfItsChapters() throws Exception {
        UUID author = member();
        UUID branch = fixtures.branchOf(author);
        PostId national = write(author, branch, "For the whole branch", "Text", "UNIT", true);
        UUID inAnotherChapter = member();

        assertThat(fixtures.branchOf(inAnotherChapter)).isEqualTo(branch);
        assertThat(page(national.path(), inAnotherChapter)).contains("For the whole branch");
        UUID abroad = fixtures.memberIn("PT", org.iops.units.UnitFixtures.unique("Braga"));
        assertThat(read(national.path(), abroad).getStatus()).isEqualTo(404);
    }

    @Autowired
    ChapterModeration moderation;

    @Test
    void aHiddenChaptersBlogIsUnknownToVisitorsAndKnownToItsMembers() throws Exception {
        UUID author = member();
        UUID chapter = fixtures.chapterOf(author);
        publish(author, "From a hidden place", "PUBLIC");
        moderation.setHidden(fixtures.memberWithRole(org.iops.units.Role.ADMIN, fixtures.branchOf(author)), chapter, true);

        assertThat(read("/units/" + chapter + "/blog", null).getStatus()).isEqualTo(404);
        assertThat(read("/units/" + chapter + "/blog", member()).getStatus()).isEqualTo(404);
        assertThat(read("/units/" + chapter + "/blog.atom", null).getStatus()).isEqualTo(404);
        assertThat(page("/units/" + chapter + "/blog", author)).contains("From a hidden place");
    }
}
