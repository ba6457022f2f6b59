package org.iops.proposals.proposing;

import org.iops.units.ChapterDeleted;
import org.iops.units.ChapterMerged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Proposals follow their chapter: a merged chapter's proposals move to the surviving chapter, whatever their phase (a
 * running vote keeps the roll it froze); a deleted chapter's (spam nobody lived in) go with it, their versions,
 * amendments and support with them (its polls go with the chapter in the polls module, the search entries in
 * search's). Idempotent: a redelivery finds nothing left to move or delete.
 */
@Component
class ProposalUnitEvents {

    private final JdbcClient db;

    ProposalUnitEvents(JdbcClient db) {
        this.db = db;
    }

    @ApplicationModuleListener
    void on(ChapterMerged merged) {
        db.sql("UPDATE proposal SET unit_id = ? WHERE unit_id = ?")
                .params(merged.survivor().value(), merged.unit().value()).update();
    }

    @ApplicationModuleListener
    void on(ChapterDeleted deleted) {
        db.sql("DELETE FROM proposal WHERE unit_id = ?").param(deleted.unit().value()).update();
    }
}
