package org.iops.units.tree;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Moves what a merged chapter holds to the chapter it is merged into, in the merge's transaction: memberships (with
 * their start), placements and other names; its roles end; its name becomes another name of the target; the counts
 * of both branches follow. The rules and the audit lines stay with {@link Structure#merge}.
 */
@Component
class ChapterMerger {

    private final JdbcClient jdbc;
    private final UnitRepository units;
    private final OtherNames otherNames;

    private final Clock clock;

    ChapterMerger(JdbcClient jdbc, UnitRepository units, OtherNames otherNames, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.units = units;
        this.otherNames = otherNames;
    }

    /** Moves everything of {@code from} (locked, checked) into {@code into}; returns how many memberships moved. */
    long moveInto(Unit from, Unit into, UUID actor) {
        // every current membership moves to the target in one statement, keeping its kind and its start (chapter
        // mates stay chapter mates); a member who already belongs to the target keeps that membership
        java.sql.Timestamp now = java.sql.Timestamp.from(clock.instant());
        long moved = jdbc.sql("WITH moved AS (UPDATE unit_memberships SET until = greatest(:now, since) "
                        + "WHERE unit_id = :from AND until IS NULL RETURNING member_id, kind, since), "
                        + "added AS (INSERT INTO unit_memberships (id, member_id, unit_id, kind, since) "
                        + "SELECT gen_random_uuid(), member_id, :into, kind, since FROM moved "
                        + "ON CONFLICT (member_id, unit_id) WHERE until IS NULL DO NOTHING RETURNING 1) "
                        + "SELECT count(*) FROM moved")
                .param("from", from.id()).param("into", into.id()).param("now", now).query(Long.class).single();
        jdbc.sql("UPDATE member_placements SET chapter_id = ? WHERE chapter_id = ?").params(into.id(), from.id()).update();
        otherNames.moveAll(from.id(), into.id());
        jdbc.sql("UPDATE unit_roles SET ends_at = greatest(?, starts_at), ended_by = ? "
                        + "WHERE unit_id = ? AND (ends_at IS NULL OR ends_at > ?)")
                .params(now, actor, from.id(), now).update();
        units.markMerged(from.id(), into.id());
        if (from.isLocalityChapter() && from.matchKey() != null) {
            // people who type the old name from now on land in the chapter it became
            otherNames.add(from.branchId(), into.id(), from.name(), from.matchKey());
        }
        List<UUID> affected = new ArrayList<>(from.path());
        affected.addAll(into.path());
        units.recount(affected);
        return moved;
    }
}
