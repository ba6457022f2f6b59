package org.iops.search.index;

import org.iops.units.ChapterDeleted;
import org.iops.units.ChapterMerged;
import org.iops.units.UnitMoved;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The index follows the tree, by unit, in one statement each (the owning modules move or delete their rows by unit
 * the same way, without telling about each item): a merged chapter's items are found in the survivor, a moved
 * chapter's items under its new region, a deleted chapter's items nowhere. Idempotent: a redelivered event changes
 * nothing more.
 */
@Component
class SearchUnitEvents {

    private final JdbcClient db;
    private final SearchIndexer indexer;

    SearchUnitEvents(JdbcClient db, SearchIndexer indexer) {
        this.db = db;
        this.indexer = indexer;
    }

    @ApplicationModuleListener
    void on(ChapterMerged merged) {
        db.sql("UPDATE search_item SET unit_id = ?, units = ? WHERE unit_id = ?")
                .params(merged.survivor().value(), indexer.unitsOf(merged.survivor()), merged.unit().value()).update();
    }

    @ApplicationModuleListener
    void on(UnitMoved moved) {
        db.sql("UPDATE search_item SET units = ? WHERE unit_id = ?")
                .params(indexer.unitsOf(moved.unit()), moved.unit().value()).update();
    }

    @ApplicationModuleListener
    void on(ChapterDeleted deleted) {
        db.sql("DELETE FROM search_item WHERE unit_id = ?").param(deleted.unit().value()).update();
    }
}
