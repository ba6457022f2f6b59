package org.iops.moderation.internal;

import java.sql.Timestamp;
import java.time.Clock;
import org.iops.units.ChapterDeleted;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A deleted chapter (spam nobody lived in) takes its waiting items with it: their modules delete them, so nothing of
 * it waits in a queue any more and its open flags are settled. What moderators did there stays on record in the
 * branch's log, as the chapter's own audit lines do, with the appeals against it; a suspension from posting in the
 * deleted chapter has nothing left to apply to and goes (its log entry stays). Idempotent: a redelivered event finds
 * nothing left of the chapter.
 */
@Component
class DeletedChapters {

    private final JdbcClient db;
    private final Clock clock;

    DeletedChapters(JdbcClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ChapterDeleted deleted) {
        Object chapter = deleted.unit().value();
        Object branch = deleted.branch().value();
        db.sql("DELETE FROM moderation_queue WHERE unit_id = ?").param(chapter).update();
        db.sql("UPDATE moderation_flag SET unit_id = ?, resolved_at = coalesce(resolved_at, ?) WHERE unit_id = ?")
                .params(branch, Timestamp.from(clock.instant()), chapter).update();
        db.sql("DELETE FROM moderation_suspension WHERE unit_id = ?").param(chapter).update();
        db.sql("UPDATE moderation_log SET unit_id = ? WHERE unit_id = ?").params(branch, chapter).update();
        db.sql("UPDATE moderation_appeal SET unit_id = ? WHERE unit_id = ?").params(branch, chapter).update();
    }
}
