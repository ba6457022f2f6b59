package org.iops.proposals.proposing;

import org.iops.units.ChapterMerged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A merged chapter's proposals follow its members to the surviving chapter, whatever their phase (a running vote
 * keeps the roll it froze); idempotent: a redelivery finds nothing left to move.
 */
@Component
class MergedChapterProposals {

    private final JdbcClient db;

    MergedChapterProposals(JdbcClient db) {
        this.db = db;
    }

    @ApplicationModuleListener
    void on(ChapterMerged merged) {
        db.sql("UPDATE proposal SET unit_id = ? WHERE unit_id = ?")
                .params(merged.survivor().value(), merged.unit().value()).update();
    }
}
