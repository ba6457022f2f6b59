package org.iops.forums.store;

import org.iops.units.ChapterDeleted;
import org.iops.units.ChapterMerged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The forum follows its unit: a merged chapter's categories, topics and replies move to the survivor (after its own
 * categories, idempotently), a deleted chapter's forum goes with it. An archived unit's forum stays readable and
 * takes nothing new ({@link ForumPosting} refuses posts in an archived or merged unit).
 */
@Component
class ForumUnitEvents {

    private final JdbcClient db;

    ForumUnitEvents(JdbcClient db) {
        this.db = db;
    }

    @ApplicationModuleListener
    void on(ChapterMerged merged) {
        var from = merged.unit().value();
        var to = merged.survivor().value();
        // the merged chapter's default category becomes an ordinary one: the survivor keeps its own default
        db.sql("UPDATE forum_category SET is_default = false, name = coalesce(name, ?),"
                        + " position = position + (SELECT coalesce(max(position) + 1, 0) FROM forum_category WHERE unit_id = ?),"
                        + " unit_id = ? WHERE unit_id = ?")
                .params("General", to, to, from).update();
        db.sql("UPDATE forum_topic SET unit_id = ? WHERE unit_id = ?").params(to, from).update();
        db.sql("UPDATE forum_reply SET unit_id = ? WHERE unit_id = ?").params(to, from).update();
        db.sql("UPDATE forum_subscription SET target_id = ? WHERE target_type = 'FORUM' AND target_id = ?"
                        + " AND NOT EXISTS (SELECT 1 FROM forum_subscription s WHERE s.member_id = forum_subscription.member_id"
                        + " AND s.target_type = 'FORUM' AND s.target_id = ?)")
                .params(to, from, to).update();
        db.sql("DELETE FROM forum_subscription WHERE target_type = 'FORUM' AND target_id = ?").param(from).update();
    }

    @ApplicationModuleListener
    void on(ChapterDeleted deleted) {
        var unit = deleted.unit().value();
        db.sql("DELETE FROM forum_reply WHERE unit_id = ?").param(unit).update();
        db.sql("DELETE FROM forum_topic WHERE unit_id = ?").param(unit).update();
        db.sql("DELETE FROM forum_category WHERE unit_id = ?").param(unit).update();
        db.sql("DELETE FROM forum_subscription WHERE target_type = 'FORUM' AND target_id = ?").param(unit).update();
    }
}
