package org.iops.committee.queries;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iops.shared.PersonalData;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's part in committee queries: the queries they circulated and the answers they gave. On erasure the answers
 * stay in the tallies and the queries on record, attributed to "former member": the member's id goes from the
 * answers, the queries and the history.
 */
@Component
@Order(1400)
class CommitteePersonalData implements PersonalData {

    private final JdbcClient jdbc;

    CommitteePersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> export(UUID memberId) {
        List<Map<String, Object>> circulated = jdbc.sql("SELECT id, unit_id, title, body, created_at, deadline, status "
                + "FROM committee_query WHERE author_id = ? ORDER BY created_at").param(memberId).query((rs, n) -> {
                    Map<String, Object> query = new LinkedHashMap<>();
                    query.put("id", rs.getString("id"));
                    query.put("unit", rs.getString("unit_id"));
                    query.put("title", rs.getString("title"));
                    query.put("text", rs.getString("body"));
                    query.put("circulatedAt", rs.getTimestamp("created_at").toInstant().toString());
                    query.put("deadline", rs.getTimestamp("deadline").toInstant().toString());
                    query.put("status", rs.getString("status"));
                    return query;
                }).list();
        List<Map<String, Object>> answers = jdbc.sql("SELECT a.query_id, q.title, a.answer, a.reason, a.answered_at, a.via "
                + "FROM committee_answer a JOIN committee_query q ON q.id = a.query_id WHERE a.member_id = ? "
                + "ORDER BY q.created_at").param(memberId).query((rs, n) -> {
                    Map<String, Object> answer = new LinkedHashMap<>();
                    answer.put("query", rs.getString("query_id"));
                    answer.put("title", rs.getString("title"));
                    answer.put("answer", rs.getString("answer"));
                    answer.put("reason", rs.getString("reason"));
                    answer.put("answeredAt", rs.getTimestamp("answered_at") == null ? null
                            : rs.getTimestamp("answered_at").toInstant().toString());
                    answer.put("via", rs.getString("via"));
                    return answer;
                }).list();
        if (circulated.isEmpty() && answers.isEmpty()) {
            return Map.of();
        }
        return Map.of("committeeQueries", circulated, "committeeAnswers", answers);
    }

    @Override
    public void erase(UUID memberId) {
        jdbc.sql("UPDATE committee_answer SET member_id = NULL WHERE member_id = ?").param(memberId).update();
        jdbc.sql("UPDATE committee_query SET author_id = NULL WHERE author_id = ?").param(memberId).update();
        jdbc.sql("UPDATE committee_step SET member_id = NULL WHERE member_id = ?").param(memberId).update();
    }
}
