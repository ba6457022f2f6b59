package org.iops.moderation.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iops.content.ContentItem;
import org.iops.content.ContentRef;
import org.iops.units.UnitId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The flags members made and the items waiting for a moderator, per unit, oldest first. */
@Repository
public class ModerationQueue {

    /** An item waiting: flagged, held for approval, or both. */
    public record Waiting(ContentRef item, UnitId unit, Instant since, boolean held, boolean flagged) {
    }

    /** The open flags of one item, grouped: how many per reason, and the words of the "other" ones. */
    public record FlagSummary(Map<FlagReason, Integer> counts, List<String> notes) {
        public int total() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private final JdbcClient db;
    private final Clock clock;

    ModerationQueue(JdbcClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Records the member's flag; false (changing nothing) when they flagged the item before. */
    public boolean flag(ContentItem item, UUID flagger, FlagReason reason, @Nullable String note, boolean weighty) {
        int inserted = db.sql("INSERT INTO moderation_flag (id, content_ref, unit_id, flagger_id, reason, note, weighty,"
                        + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (content_ref, flagger_id) DO NOTHING")
                .params(UUID.randomUUID(), item.ref().toString(), item.unit().value(), flagger, reason.name(), note,
                        weighty, Timestamp.from(clock.instant())).update();
        if (inserted == 1) {
            enqueue(item, false);
        }
        return inserted == 1;
    }

    public boolean hasFlagged(ContentRef item, UUID flagger) {
        return !flaggedBy(List.of(item), flagger).isEmpty();
    }

    /** Of these items, those the member flagged: one query for a page of items. */
    public List<ContentRef> flaggedBy(Collection<ContentRef> items, UUID flagger) {
        return db.sql("SELECT content_ref FROM moderation_flag WHERE flagger_id = ? AND content_ref = ANY (?)")
                .params(flagger, items.stream().map(ContentRef::toString).toArray(String[]::new))
                .query(String.class).list().stream().map(ContentRef::parse).toList();
    }

    /** How many open flags on the item came from flaggers in good standing. */
    public int weightyFlags(ContentRef item) {
        return db.sql("SELECT count(*) FROM moderation_flag WHERE content_ref = ? AND resolved_at IS NULL AND weighty")
                .param(item.toString()).query(Integer.class).single();
    }

    /** Puts the item in its unit's queue (once; a held item stays held). */
    public void enqueue(ContentItem item, boolean held) {
        db.sql("INSERT INTO moderation_queue (content_ref, unit_id, since, held, flagged) VALUES (?, ?, ?, ?, ?)"
                        + " ON CONFLICT (content_ref) DO UPDATE SET held = moderation_queue.held OR excluded.held,"
                        + " flagged = moderation_queue.flagged OR excluded.flagged")
                .params(item.ref().toString(), item.unit().value(), Timestamp.from(clock.instant()), held, !held).update();
    }

    /** A moderator dealt with the item: it leaves the queue and its open flags are resolved. */
    public void close(ContentRef item) {
        db.sql("DELETE FROM moderation_queue WHERE content_ref = ?").param(item.toString()).update();
        db.sql("UPDATE moderation_flag SET resolved_at = ? WHERE content_ref = ? AND resolved_at IS NULL")
                .params(Timestamp.from(clock.instant()), item.toString()).update();
    }

    /** The unit whose queue the item waits in, if it waits. */
    public java.util.Optional<UnitId> unitOf(ContentRef item) {
        return db.sql("SELECT unit_id FROM moderation_queue WHERE content_ref = ?").param(item.toString())
                .query(UUID.class).optional().map(UnitId::new);
    }

    public boolean isWaiting(ContentRef item) {
        return db.sql("SELECT EXISTS (SELECT 1 FROM moderation_queue WHERE content_ref = ?)").param(item.toString())
                .query(Boolean.class).single();
    }

    /** The items waiting in the unit and every unit below, oldest first, after {@code after} (keyset), at most {@code limit}. */
    public List<Waiting> waiting(UnitId unit, @Nullable ContentRef after, int limit) {
        String from = after == null ? ""
                : " AND (since, content_ref) > (SELECT since, content_ref FROM moderation_queue WHERE content_ref = ?)";
        JdbcClient.StatementSpec query = db.sql("SELECT content_ref, unit_id, since, held, flagged FROM moderation_queue"
                + " WHERE " + UnitTree.IN_OR_BELOW + from + " ORDER BY since, content_ref LIMIT ?").param(unit.value());
        if (after != null) {
            query = query.param(after.toString());
        }
        return query.param(limit).query((rs, row) -> new Waiting(ContentRef.parse(rs.getString("content_ref")),
                new UnitId(rs.getObject("unit_id", UUID.class)), rs.getTimestamp("since").toInstant(),
                rs.getBoolean("held"), rs.getBoolean("flagged"))).list();
    }

    /** How many items wait in the unit and below. */
    public long count(UnitId unit) {
        return db.sql("SELECT count(*) FROM moderation_queue WHERE " + UnitTree.IN_OR_BELOW).param(unit.value())
                .query(Long.class).single();
    }

    /** The open flags of each item, grouped, in one query. */
    public Map<ContentRef, FlagSummary> flagsOf(Collection<ContentRef> items) {
        Map<ContentRef, FlagSummary> summaries = new LinkedHashMap<>();
        items.forEach(item -> summaries.put(item, new FlagSummary(new LinkedHashMap<>(), new ArrayList<>())));
        db.sql("SELECT content_ref, reason, note FROM moderation_flag WHERE content_ref = ANY (?) AND resolved_at IS NULL"
                        + " ORDER BY created_at")
                .param(items.stream().map(ContentRef::toString).toArray(String[]::new))
                .query((rs, row) -> {
                    FlagSummary summary = summaries.get(ContentRef.parse(rs.getString("content_ref")));
                    summary.counts().merge(FlagReason.valueOf(rs.getString("reason")), 1, Integer::sum);
                    if (rs.getString("note") != null) {
                        summary.notes().add(rs.getString("note"));
                    }
                    return row;
                }).list();
        return summaries;
    }
}
