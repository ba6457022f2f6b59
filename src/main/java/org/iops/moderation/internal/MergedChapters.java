package org.iops.moderation.internal;

import org.iops.units.ChapterMerged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What waits for the moderators of a merged chapter (its queue, its flags, its appeals, its suspensions) moves to the
 * surviving chapter, as its content does. The log stays where the actions were taken.
 */
@Component
class MergedChapters {

    private final JdbcClient db;

    MergedChapters(JdbcClient db) {
        this.db = db;
    }

    @ApplicationModuleListener
    void on(ChapterMerged merged) {
        for (String table : new String[] {"moderation_queue", "moderation_flag", "moderation_appeal", "moderation_suspension"}) {
            db.sql("UPDATE " + table + " SET unit_id = ? WHERE unit_id = ?")
                    .params(merged.survivor().value(), merged.unit().value()).update();
        }
    }
}
