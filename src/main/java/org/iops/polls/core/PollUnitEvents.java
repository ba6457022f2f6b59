package org.iops.polls.core;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.iops.units.ChapterDeleted;
import org.iops.units.ChapterMerged;
import org.iops.units.UnitArchived;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The polls follow their unit. An archived unit takes nothing new, so its open and scheduled polls are cancelled
 * (the reason: the unit was archived). A merged chapter's polls, open or closed, move to the surviving chapter and
 * are listed on its page; an open one keeps the roll it froze (the merged chapter's members, who now belong to the
 * survivor; the survivor's own members do not join it) and its log says where it came from. A deleted chapter (never
 * founded, nobody lived there) takes its polls with it. A chapter moved between regions keeps its polls as they are.
 * Each is idempotent: a redelivered event finds nothing left to do.
 */
@Component
class PollUnitEvents {

    private final JdbcClient jdbc;
    private final Cancelling cancelling;
    private final Clock clock;

    PollUnitEvents(JdbcClient jdbc, Cancelling cancelling, Clock clock) {
        this.jdbc = jdbc;
        this.cancelling = cancelling;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(UnitArchived archived) {
        cancelling.unitArchived(archived.unit());
    }

    @ApplicationModuleListener
    void on(ChapterMerged merged) {
        List<UUID> moved = jdbc.sql("UPDATE polls SET unit_id = ? WHERE unit_id = ? RETURNING id")
                .params(merged.survivor().value(), merged.unit().value()).query(UUID.class).list();
        for (UUID poll : moved) {
            jdbc.sql("INSERT INTO poll_roll_changes (poll_id, changed_at, change, roll_size, detail) "
                            + "SELECT ?, ?, 'MERGED', count(*), ? FROM poll_roll WHERE poll_id = ?")
                    .params(poll, Timestamp.from(clock.instant()), merged.unit().value(), poll).update();
        }
    }

    @ApplicationModuleListener
    void on(ChapterDeleted deleted) {
        jdbc.sql("DELETE FROM polls WHERE unit_id = ?").param(deleted.unit().value()).update();
    }
}
