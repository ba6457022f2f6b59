package org.iops.moderation.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.iops.shared.PersonalData;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What moderation keeps about a member: the flags and appeals they made and the suspensions they were given. On
 * erasure their flags keep counting without the flagger, their appeals lose the appellant, the log keeps every
 * action with "former member" as the actor or the subject, and their suspensions go.
 */
@Component
@Order(1500)
class ModerationPersonalData implements PersonalData {

    private final JdbcClient db;

    ModerationPersonalData(JdbcClient db) {
        this.db = db;
    }

    @Override
    public Map<String, Object> export(UUID memberId) {
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("flagsMade", db.sql("SELECT content_ref, reason, note, created_at FROM moderation_flag"
                        + " WHERE flagger_id = ? ORDER BY created_at").param(memberId)
                .query((rs, row) -> row(rs.getString("content_ref"), rs.getString("reason"), rs.getString("note"),
                        rs.getTimestamp("created_at").toInstant().toString())).list());
        parts.put("appealsMade", db.sql("SELECT a.text, a.created_at, a.outcome, l.action FROM moderation_appeal a"
                        + " JOIN moderation_log l ON l.id = a.log_id WHERE a.appellant_id = ? ORDER BY a.created_at")
                .param(memberId)
                .query((rs, row) -> {
                    Map<String, Object> appeal = new LinkedHashMap<>();
                    appeal.put("about", rs.getString("action"));
                    appeal.put("text", rs.getString("text"));
                    appeal.put("at", rs.getTimestamp("created_at").toInstant().toString());
                    appeal.put("outcome", rs.getString("outcome"));
                    return appeal;
                }).list());
        parts.put("postingSuspensions", db.sql("SELECT unit_id, reason, starts_at, ends_at, lifted_at FROM moderation_suspension"
                        + " WHERE member_id = ? ORDER BY starts_at").param(memberId)
                .query((rs, row) -> {
                    Map<String, Object> suspension = new LinkedHashMap<>();
                    suspension.put("unit", rs.getObject("unit_id", UUID.class).toString());
                    suspension.put("reason", rs.getString("reason"));
                    suspension.put("from", rs.getTimestamp("starts_at").toInstant().toString());
                    suspension.put("until", rs.getTimestamp("ends_at") == null ? null : rs.getTimestamp("ends_at").toInstant().toString());
                    suspension.put("lifted", rs.getTimestamp("lifted_at") == null ? null : rs.getTimestamp("lifted_at").toInstant().toString());
                    return suspension;
                }).list());
        return parts;
    }

    private static Map<String, Object> row(String item, String reason, String note, String at) {
        Map<String, Object> flag = new LinkedHashMap<>();
        flag.put("item", item);
        flag.put("reason", reason);
        flag.put("note", note);
        flag.put("at", at);
        return flag;
    }

    @Override
    public void erase(UUID memberId) {
        db.sql("UPDATE moderation_flag SET flagger_id = NULL WHERE flagger_id = ?").param(memberId).update();
        db.sql("UPDATE moderation_appeal SET appellant_id = NULL WHERE appellant_id = ?").param(memberId).update();
        db.sql("UPDATE moderation_appeal SET acted_by = NULL WHERE acted_by = ?").param(memberId).update();
        db.sql("UPDATE moderation_log SET actor_id = NULL, actor_gone = TRUE WHERE actor_id = ?").param(memberId).update();
        db.sql("UPDATE moderation_log SET subject_id = NULL WHERE subject_id = ?").param(memberId).update();
        db.sql("DELETE FROM moderation_suspension WHERE member_id = ?").param(memberId).update();
    }
}
