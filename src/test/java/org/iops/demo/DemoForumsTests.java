package org.iops.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.iops.IopsApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The forums' part of the demo (the same load as {@link DemoDataLoaderTests}, so the same context): a forum in every
 * unit with members, topics in four languages, one reply per confirmed member by default, numbered without gaps, by
 * members of the topic's unit, the benchmark chapter's topic of 101 posts, and some topics translated.
 */
@SpringBootTest(classes = IopsApplication.class, properties = {"iops.demo.members=3000", "iops.demo.seed=7"})
@Import(DemoDataLoaderTests.LaterModule.class)
class DemoForumsTests {

    @Autowired
    JdbcClient jdbc;

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void everyUnitWithMembersHasAForumWithTopicsAndRepliesInFourLanguages() {
        long confirmed = count("SELECT count(DISTINCT member_id) FROM member_placements");
        assertThat(count("SELECT count(*) FROM forum_reply")).isEqualTo(confirmed);
        assertThat(count("SELECT count(*) FROM units u WHERE u.level = 'CHAPTER' AND EXISTS (SELECT 1 FROM member_placements p"
                + " WHERE p.chapter_id = u.id) AND NOT EXISTS (SELECT 1 FROM forum_category c WHERE c.unit_id = u.id AND c.is_default)"))
                .as("chapters with members but no forum").isZero();
        assertThat(jdbc.sql("SELECT DISTINCT language FROM forum_topic ORDER BY language").query(String.class).list())
                .containsExactly("de", "en", "es", "fr");
        assertThat(count("SELECT count(*) FROM forum_topic t WHERE t.last_number <> (SELECT count(*) FROM forum_reply r"
                + " WHERE r.topic_id = t.id) OR t.last_number <> coalesce((SELECT max(number) FROM forum_reply r WHERE r.topic_id = t.id), 0)"))
                .as("topics whose numbering has gaps").isZero();
        assertThat(count("SELECT count(*) FROM forum_reply r JOIN units u ON u.id = r.unit_id AND u.level = 'CHAPTER'"
                + " WHERE NOT EXISTS (SELECT 1 FROM member_placements p WHERE p.member_id = r.author_id AND p.chapter_id = r.unit_id)"))
                .as("chapter replies by someone from elsewhere").isZero();
        assertThat(count("SELECT count(*) FROM forum_topic t JOIN units u ON u.id = t.unit_id WHERE u.name = 'Porto Alegre'"
                + " AND t.last_number = 100")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM forum_topic WHERE visibility = 'UNIT'")).isPositive();
        String translated = "SELECT count(*) FROM content_translation c JOIN forum_topic t ON t.id = c.original_id"
                + " WHERE c.original_type = 'forums.topic'";
        assertThat(count(translated)).as("translated topics").isPositive();
        assertThat(count(translated + " AND (c.language = t.language OR c.translator_id IS NULL)"))
                .as("translations into the topic's own language, or by nobody").isZero();
    }
}
