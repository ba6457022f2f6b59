package org.iops.forums;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.UUID;
import org.iops.units.tree.Structure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The forum follows its chapter: a merged chapter's categories, topics, replies and forum follows go to the survivor. */
class ForumUnitEventsTests extends ForumsIntegrationTest {

    @Autowired
    Structure structure;

    @Test
    void aMergedChaptersForumMovesToTheSurvivor() throws Exception {
        Place duplicate = place("PY", "Luque");
        Place survivor = place("PY", "Luqe");
        UUID topic = topic(duplicate.member(), duplicate.category(), "Luque meeting", "UNIT");
        reply(duplicate.member(), topic, "See you there");
        as(duplicate.member(), post("/units/" + duplicate.chapter() + "/forum/follow").param("mode", "1"));

        structure.merge(fixtures.internationalAdmin(), duplicate.chapter(), survivor.chapter());

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(count("SELECT count(*) FROM forum_topic WHERE id = ? AND unit_id = ?", topic, survivor.chapter())).isEqualTo(1);
            assertThat(count("SELECT count(*) FROM forum_reply WHERE topic_id = ? AND unit_id = ?", topic, survivor.chapter())).isEqualTo(1);
            assertThat(count("SELECT count(*) FROM forum_category WHERE unit_id = ?", survivor.chapter())).isEqualTo(2);
            assertThat(count("SELECT count(*) FROM forum_category WHERE unit_id = ? AND is_default", survivor.chapter())).isEqualTo(1);
            assertThat(count("SELECT count(*) FROM forum_subscription WHERE target_type = 'FORUM' AND target_id = ? AND member_id = ?",
                    survivor.chapter(), duplicate.member())).isEqualTo(1);
        });
        assertThat(page(survivor.member(), "/forums/categories/" + duplicate.category())).contains("Luque meeting");
        assertThat(page(survivor.member(), "/units/" + survivor.chapter())).contains("Luque meeting");
    }
}
