package org.iops.search.index;

import java.util.Map;
import java.util.UUID;
import org.iops.shared.PersonalData;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The index keeps copies of what members wrote, each with its author, and nothing else about anyone: the export has
 * nothing of its own (the owning modules export the items), and erasure drops the author from the copies, as the
 * owning modules do from the items, which then read "former member" in results too.
 */
@Component
@Order(1500)
class SearchPersonalData implements PersonalData {

    private final JdbcClient db;

    SearchPersonalData(JdbcClient db) {
        this.db = db;
    }

    @Override
    public Map<String, Object> export(UUID memberId) {
        return Map.of();
    }

    @Override
    public void erase(UUID memberId) {
        db.sql("UPDATE search_item SET author_id = NULL WHERE author_id = ?").param(memberId).update();
    }
}
