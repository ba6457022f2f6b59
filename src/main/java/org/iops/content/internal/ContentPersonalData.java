package org.iops.content.internal;

import java.util.Map;
import java.util.UUID;
import org.iops.shared.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What this module keeps of a member: which items mentioned them (bookkeeping, not exported; erased with the account). */
@Component
class ContentPersonalData implements PersonalData {

    private final JdbcClient db;

    ContentPersonalData(JdbcClient db) {
        this.db = db;
    }

    @Override
    public Map<String, Object> export(UUID memberId) {
        return Map.of();
    }

    @Override
    public void erase(UUID memberId) {
        db.sql("DELETE FROM content_mention WHERE member_id = ?").param(memberId).update();
    }
}
