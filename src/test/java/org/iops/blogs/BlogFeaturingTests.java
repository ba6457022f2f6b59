package org.iops.blogs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import org.iops.units.Role;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * {@code blogs.feature}: the admins of a unit (and of every unit above) feature its posts and promote posts from the
 * units below; nobody else can, over HTTP or at the service; each change is in the unit's featuring log.
 */
class BlogFeaturingTests extends BlogsIntegrationTest {

    private MockHttpServletResponse feature(PostId post, UUID unit, UUID admin) throws Exception {
        return send(post(post.path() + "/feature").param("unit", unit.toString()), admin);
    }

    @Test
    void aChapterAdminFeaturesAndTheBranchAdminPromotesItNationally() throws Exception {
        UUID author = member();
        UUID chapter = fixtures.chapterOf(author);
        UUID branch = fixtures.branchOf(author);
        String chapterName = jdbc.sql("SELECT name FROM units WHERE id = ?").param(chapter).query(String.class).single();
        UUID chapterAdmin = fixtures.memberWithRole(Role.ADMIN, chapter);
        UUID branchAdmin = fixtures.memberWithRole(Role.ADMIN, branch);
        PostId id = publish(author, "Our cooperative bakery", "PUBLIC");

        assertThat(page(id.path(), chapterAdmin)).contains("Feature on " + chapterName);
        assertThat(feature(id, chapter, chapterAdmin).getStatus()).isEqualTo(302);
        String chapterPage = page("/units/" + chapter, null);
        assertThat(chapterPage).contains("section-featured", "Our cooperative bakery");
        assertThat(chapterPage.indexOf("section-featured")).isLessThan(chapterPage.indexOf("section-blog"));

        assertThat(feature(id, branch, branchAdmin).getStatus()).isEqualTo(302);
        assertThat(page("/units/" + branch, null)).contains("Our cooperative bakery", "promoted from " + chapterName);
        String log = page("/units/" + branch + "/blog/featured", branchAdmin);
        assertThat(log).contains("promoted “Our cooperative bakery” from a unit below");
        assertThat(page("/units/" + chapter + "/blog/featured", chapterAdmin)).contains("featured “Our cooperative bakery”");
    }

    @Test
    void membersAndAdminsOfOtherUnitsCannotFeature() throws Exception {
        UUID author = member();
        UUID chapter = fixtures.chapterOf(author);
        UUID otherAdmin = fixtures.memberWithRole(Role.ADMIN, fixtures.chapterOf(member()));
        UUID moderator = fixtures.memberWithRole(Role.MODERATOR, chapter);
        PostId id = publish(author, "Not for featuring", "PUBLIC");

        for (UUID reader : new UUID[] {author, otherAdmin, moderator}) {
            assertThat(feature(id, chapter, reader).getStatus()).isEqualTo(403);
            assertThat(read("/units/" + chapter + "/blog/featured", reader).getStatus()).isEqualTo(403);
        }
        // a chapter admin cannot push a post up to the branch they do not administer
        UUID chapterAdmin = fixtures.memberWithRole(Role.ADMIN, chapter);
        assertThat(feature(id, fixtures.branchOf(author), chapterAdmin).getStatus()).isEqualTo(403);
        assertThat(count("SELECT count(*) FROM blog_featured WHERE post_id = ?", id.value())).isZero();
        assertThat(count("SELECT count(*) FROM blog_feature_log WHERE post_id = ?", id.value())).isZero();
    }

    @Test
    void aBranchAdminCannotFeatureAPostFromAnotherBranch() throws Exception {
        UUID author = member();
        PostId id = publish(author, "Elsewhere", "PUBLIC");
        UUID foreignAdmin = fixtures.memberWithRole(Role.ADMIN,
                fixtures.branchOf(fixtures.memberIn("AR", org.iops.units.UnitFixtures.unique("Rosario"))));
        UUID foreignBranch = fixtures.branchOf(fixtures.memberIn("AR", org.iops.units.UnitFixtures.unique("Salta")));
        assertThat(feature(id, foreignBranch, foreignAdmin).getStatus()).isIn(403, 404);
        assertThat(count("SELECT count(*) FROM blog_featured WHERE post_id = ?", id.value())).isZero();
    }

    @Test
    void featuredPostsAreReorderedAndUnfeatured() throws Exception {
        UUID author = member();
        UUID chapter = fixtures.chapterOf(author);
        UUID admin = fixtures.memberWithRole(Role.ADMIN, chapter);
        PostId first = publish(author, "First featured", "PUBLIC");
        PostId second = publish(author, "Second featured", "PUBLIC");
        feature(first, chapter, admin);
        feature(second, chapter, admin);

        send(post("/units/" + chapter + "/blog/featured").param("post", second.toString()).param("up", "1"), admin);
        String page = page("/units/" + chapter, null);
        assertThat(page.indexOf("Second featured")).isLessThan(page.indexOf("First featured"));

        send(post("/units/" + chapter + "/blog/featured").param("post", second.toString()).param("remove", "1"), admin);
        assertThat(count("SELECT count(*) FROM blog_featured WHERE unit_id = ?", chapter)).isEqualTo(1);
        assertThat(page("/units/" + chapter + "/blog/featured", admin)).contains("moved “Second featured”",
                "unfeatured “Second featured”");
    }

    @Test
    void aFeaturedMembersOnlyPostStaysHiddenFromVisitors() throws Exception {
        UUID author = member();
        UUID chapter = fixtures.chapterOf(author);
        UUID admin = fixtures.memberWithRole(Role.ADMIN, chapter);
        PostId id = publish(author, "Featured for members", "MEMBERS");
        feature(id, chapter, admin);
        assertThat(page("/units/" + chapter, null)).doesNotContain("Featured for members");
        assertThat(page("/units/" + chapter, member())).contains("Featured for members");
    }
}
