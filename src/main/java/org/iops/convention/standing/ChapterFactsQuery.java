package org.iops.convention.standing;

import java.sql.Date;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every live chapter's facts in one statement, whatever the size of the organization. It reads the units' tree and
 * current memberships in the database, as an aggregate (a count per chapter), because the units module's API answers
 * member by member and the dashboard must not cost a query per chapter; only the dashboard's background computation
 * runs it (see {@link StandingService}).
 */
@Component
class ChapterFactsQuery {

    private final JdbcClient jdbc;

    ChapterFactsQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ChapterFacts> all() {
        return jdbc.sql("""
                SELECT c.id, c.name, c.branch_id, b.country_code, c.member_count,
                       coalesce(w.women, 0) AS women, m.last_met
                  FROM units c
                  JOIN units b ON b.id = c.branch_id
                  LEFT JOIN (SELECT um.unit_id, count(*) AS women
                               FROM unit_memberships um
                               JOIN member_gender g ON g.member_id = um.member_id AND g.gender = 'WOMAN'
                              WHERE um.until IS NULL
                              GROUP BY um.unit_id) w ON w.unit_id = c.id
                  LEFT JOIN (SELECT chapter_id, max(met_on) AS last_met FROM convention_meeting
                              GROUP BY chapter_id) m ON m.chapter_id = c.id
                 WHERE c.level = 'CHAPTER' AND c.status IN ('PROVISIONAL', 'ACTIVE', 'DORMANT') AND NOT c.hidden
                   AND c.member_count > 0""")
                .query((rs, n) -> {
                    Date lastMet = rs.getDate("last_met");
                    return new ChapterFacts(rs.getObject("id", UUID.class), rs.getString("name"),
                            rs.getObject("branch_id", UUID.class), rs.getString("country_code"),
                            rs.getLong("member_count"), rs.getLong("women"),
                            lastMet == null ? null : lastMet.toLocalDate());
                })
                .list();
    }
}
