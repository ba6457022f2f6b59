package org.iops.committee.queries;

import org.iops.units.ChapterDeleted;
import org.iops.units.ChapterMerged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The queries follow their unit: a merged chapter's queries (with their answers and history) move to the survivor,
 * idempotently; a deleted chapter's go with it. An archived unit's queries stay readable; nothing new starts there,
 * since archiving ends the roles held in it and so its committee.
 */
@Component
class CommitteeUnitEvents {

    private final JdbcClient db;

    CommitteeUnitEvents(JdbcClient db) {
        this.db = db;
    }

    @ApplicationModuleListener
    void on(ChapterMerged merged) {
        db.sql("UPDATE committee_query SET unit_id = ? WHERE unit_id = ?")
                .params(merged.survivor().value(), merged.unit().value()).update();
    }

    @ApplicationModuleListener
    void on(ChapterDeleted deleted) {
        String queries = "SELECT id FROM committee_query WHERE unit_id = ?";
        db.sql("DELETE FROM committee_step WHERE query_id IN (" + queries + ")").param(deleted.unit().value()).update();
        db.sql("DELETE FROM committee_answer WHERE query_id IN (" + queries + ")").param(deleted.unit().value()).update();
        db.sql("DELETE FROM committee_query WHERE unit_id = ?").param(deleted.unit().value()).update();
    }
}
