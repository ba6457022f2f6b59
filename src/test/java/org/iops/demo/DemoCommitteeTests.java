package org.iops.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.iops.IopsApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The committee's part of the demo (the same load and context as {@code DemoDataLoaderTests}): the international's
 * committee has queries in the four languages, every committee member answered or was recorded as not replying on the
 * closed ones, and the last four are still open.
 */
@SpringBootTest(classes = IopsApplication.class, properties = {"iops.demo.members=3000", "iops.demo.seed=7"})
@Import(DemoDataLoaderTests.LaterModule.class)
class DemoCommitteeTests {

    @Autowired
    JdbcClient jdbc;

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void theInterimCommitteeHasQueriesInFourLanguagesWithEveryMembersAnswer() {
        assertThat(count("SELECT count(*) FROM committee_query WHERE unit_id = '00000000-0000-0000-0000-000000000001'"))
                .isEqualTo(40);
        assertThat(jdbc.sql("SELECT DISTINCT language FROM committee_query ORDER BY language").query(String.class).list())
                .containsExactly("de", "en", "es", "fr");
        assertThat(count("SELECT count(*) FROM committee_query WHERE status = 'OPEN'")).isEqualTo(4);
        long committee = count("SELECT count(DISTINCT member_id) FROM unit_roles WHERE role = 'COMMITTEE_MEMBER' "
                + "AND unit_id = '00000000-0000-0000-0000-000000000001'");
        assertThat(count("SELECT count(*) FROM committee_answer")).isEqualTo(40 * committee);
        assertThat(count("SELECT count(*) FROM committee_answer a JOIN committee_query q ON q.id = a.query_id "
                + "WHERE q.status <> 'OPEN' AND a.answer IS NULL")).as("closed queries without an answer").isZero();
        assertThat(count("SELECT count(*) FROM committee_step WHERE kind = 'closed'")).isEqualTo(36);
    }
}
