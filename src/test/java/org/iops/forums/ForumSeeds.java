package org.iops.forums;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test seeds of other modules that need a unit's default forum category by id. Reading a forum writes nothing (a
 * unit without categories shows an implicit "General"), so the seeds write the row the first topic would write.
 */
public final class ForumSeeds {

    private ForumSeeds() {
    }

    /** The unit's default category, written if the unit has none yet. */
    public static UUID defaultCategory(JdbcClient db, UUID unit) {
        db.sql("INSERT INTO forum_category (id, unit_id, position, is_default, created_at) VALUES (?, ?, 0, true, now())"
                + " ON CONFLICT DO NOTHING").params(UUID.randomUUID(), unit).update();
        return db.sql("SELECT id FROM forum_category WHERE unit_id = ? AND is_default").param(unit).query(UUID.class)
                .single();
    }
}
