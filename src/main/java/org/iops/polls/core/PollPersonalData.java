package org.iops.polls.core;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iops.shared.PersonalData;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the polls keep of a member: the polls they opened, the polls whose roll they are on and whether they voted,
 * their open ballots and the polls they cancelled, with their reasons (secret ones are not theirs to export: nothing links them to the member). On erasure they
 * leave every roll (logged on each poll, naming nobody), their participation stays as an anonymous one (turnout does
 * not change), their open ballots stay counted by "former member" and their polls stay, opened (or cancelled) by
 * "former member".
 */
@Component
@Order(1400)
class PollPersonalData implements PersonalData {

    private final JdbcClient jdbc;
    private final Roll roll;
    private final Clock clock;

    PollPersonalData(JdbcClient jdbc, Roll roll, Clock clock) {
        this.jdbc = jdbc;
        this.roll = roll;
        this.clock = clock;
    }

    @Override
    public Map<String, Object> export(UUID memberId) {
        List<Map<String, Object>> opened = jdbc.sql("SELECT id, title, created_at FROM polls WHERE created_by = ? "
                        + "ORDER BY created_at").param(memberId)
                .query((rs, n) -> Map.<String, Object>of("poll", rs.getString(1), "title", rs.getString(2),
                        "opened", rs.getTimestamp(3).toInstant().toString())).list();
        List<Map<String, Object>> rolls = jdbc.sql("SELECT p.id, p.title, EXISTS (SELECT 1 FROM poll_participation v "
                        + "WHERE v.poll_id = p.id AND v.member_id = r.member_id) FROM poll_roll r JOIN polls p ON p.id = r.poll_id "
                        + "WHERE r.member_id = ? ORDER BY p.opens_at").param(memberId)
                .query((rs, n) -> Map.<String, Object>of("poll", rs.getString(1), "title", rs.getString(2),
                        "voted", rs.getBoolean(3))).list();
        List<Map<String, Object>> open = jdbc.sql("SELECT poll_id, choice, coalesce(reason, '') FROM poll_ballots "
                        + "WHERE member_id = ?").param(memberId)
                .query((rs, n) -> Map.<String, Object>of("poll", rs.getString(1), "choice", rs.getString(2),
                        "reason", rs.getString(3))).list();
        List<Map<String, Object>> cancelled = jdbc.sql("SELECT id, title, cancel_reason, closed_at FROM polls "
                        + "WHERE cancelled_by = ? ORDER BY closed_at").param(memberId)
                .query((rs, n) -> Map.<String, Object>of("poll", rs.getString(1), "title", rs.getString(2),
                        "reason", rs.getString(3), "cancelled", rs.getTimestamp(4).toInstant().toString())).list();
        if (opened.isEmpty() && rolls.isEmpty() && open.isEmpty() && cancelled.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("pollsOpened", opened);
        data.put("pollRolls", rolls);
        data.put("openBallots", open);
        data.put("pollsCancelled", cancelled);
        return data;
    }

    @Override
    public void erase(UUID memberId) {
        roll.erase(memberId, clock.instant());
        jdbc.sql("UPDATE poll_participation SET member_id = gen_random_uuid() WHERE member_id = ?").param(memberId).update();
        jdbc.sql("UPDATE poll_ballots SET member_id = NULL WHERE member_id = ?").param(memberId).update();
        jdbc.sql("UPDATE polls SET created_by = NULL WHERE created_by = ?").param(memberId).update();
        jdbc.sql("UPDATE polls SET cancelled_by = NULL WHERE cancelled_by = ?").param(memberId).update();
    }
}
