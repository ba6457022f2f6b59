package org.iops.blogs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.iops.units.Role;
import org.iops.units.UnitFixtures;
import org.iops.units.tree.Structure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** When a duplicate chapter is merged, its posts and its featured list follow its members to the survivor. */
class BlogMergeTests extends BlogsIntegrationTest {

    @Autowired
    Structure structure;

    @Test
    void aMergedChaptersPostsMoveToTheSurvivingChapter() throws Exception {
        UUID author = fixtures.memberIn("IE", UnitFixtures.unique("Kingstown"));
        UUID from = fixtures.chapterOf(author);
        UUID into = fixtures.chapterOf(fixtures.memberIn("IE", UnitFixtures.unique("Dublin")));
        PostId post = publish(author, "Before the merge", "PUBLIC");
        UUID admin = fixtures.memberWithRole(Role.ADMIN, from);
        send(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(post.path() + "/feature")
                .param("unit", from.toString()), admin);

        structure.merge(fixtures.internationalAdmin(), from, into);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                count("SELECT count(*) FROM blog_post WHERE id = ? AND unit_id = ?", post.value(), into)).isEqualTo(1));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                count("SELECT count(*) FROM blog_featured WHERE post_id = ? AND unit_id = ?", post.value(), into))
                .isEqualTo(1));
        String survivor = page("/units/" + into, null);
        assertThat(survivor).contains("Before the merge");
        assertThat(page("/units/" + into + "/blog", null)).contains("Before the merge");
    }
}
