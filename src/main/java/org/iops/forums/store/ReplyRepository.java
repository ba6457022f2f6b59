package org.iops.forums.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.iops.content.ContentRef;
import org.iops.content.ContentState;
import org.iops.content.Contents;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The replies. A page of a topic is a range of reply numbers read through the {@code (topic_id, number)} index, so
 * the 500th page costs what the first does.
 */
@Repository
public class ReplyRepository {

    private static final String SELECT = "SELECT r.id, r.topic_id, r.unit_id, r.number, r.author_id, r.body,"
            + " r.quoted_id, q.number AS quoted_number, r.state, r.state_reason, r.created_at, r.edited_at,"
            + " EXISTS (SELECT 1 FROM forum_reply x WHERE x.quoted_id = r.id) AS quoted"
            + " FROM forum_reply r LEFT JOIN forum_reply q ON q.id = r.quoted_id";

    private final JdbcClient db;
    // the content registry is built from the sources, this module's among them: asked for when first needed
    private final ObjectProvider<Contents> contents;

    ReplyRepository(JdbcClient db, ObjectProvider<Contents> contents) {
        this.db = db;
        this.contents = contents;
    }

    /** Tells the search index (and whoever keeps a copy of items) that the item changed, in this transaction. */
    private void changed(UUID id) {
        contents.getObject().changed(new ContentRef(Reply.TYPE, id));
    }

    public Optional<Reply> find(UUID id) {
        return db.sql(SELECT + " WHERE r.id = ?").param(id).query(ReplyRepository::map).optional();
    }

    /** The ids of replies in id order, after {@code after}: for rebuilding the search index. */
    public List<UUID> ids(@Nullable UUID after, int limit) {
        return db.sql("SELECT id FROM forum_reply WHERE id > ? ORDER BY id LIMIT ?")
                .params(after == null ? new UUID(0, 0) : after, limit).query(UUID.class).list();
    }

    /** The replies of these ids, in no order. */
    public List<Reply> all(Collection<UUID> ids) {
        return db.sql(SELECT + " WHERE r.id = ANY(?)").param(ids.toArray(UUID[]::new)).query(ReplyRepository::map).list();
    }

    /** The topic's replies numbered {@code from} to {@code to}, in order. */
    public List<Reply> range(UUID topic, int from, int to) {
        return db.sql(SELECT + " WHERE r.topic_id = ? AND r.number BETWEEN ? AND ? ORDER BY r.number")
                .params(topic, from, to).query(ReplyRepository::map).list();
    }

    public void insert(UUID id, UUID topic, UUID unit, int number, UUID author, String body, @Nullable UUID quoted,
            ContentState state, Instant at) {
        db.sql("INSERT INTO forum_reply (id, topic_id, unit_id, number, author_id, body, quoted_id, state, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, topic, unit, number, author, body, quoted, state.name(), Timestamp.from(at)).update();
        changed(id);
    }

    public void edit(UUID id, String body, ContentState state, Instant at) {
        db.sql("UPDATE forum_reply SET body = ?, state = ?, edited_at = ? WHERE id = ?")
                .params(body, state.name(), Timestamp.from(at), id).update();
        changed(id);
    }

    public void replaceText(UUID id, String body, Instant at) {
        db.sql("UPDATE forum_reply SET body = ?, edited_at = ? WHERE id = ?").params(body, Timestamp.from(at), id).update();
        changed(id);
    }

    public boolean changeState(UUID id, ContentState state, @Nullable String reason) {
        boolean changed = db.sql("UPDATE forum_reply SET state = ?, state_reason = ? WHERE id = ?")
                .params(state.name(), reason, id).update() == 1;
        changed(id);
        return changed;
    }

    /** The units' published replies written before {@code before}, newest first, whatever their topic's visibility. */
    public List<Reply> recent(Collection<UUID> units, Instant before, int limit) {
        // each unit's newest along its own index, then the newest of those: a few index entries per unit, where
        // "unit_id = ANY(...) ORDER BY created_at" read and sorted every reply of the units (8 ms for 1,600)
        return db.sql(SELECT + " WHERE r.id IN (SELECT n.id FROM unnest(?::uuid[]) AS u(id) CROSS JOIN LATERAL"
                        + " (SELECT y.id, y.created_at FROM forum_reply y WHERE y.unit_id = u.id AND y.state = 'PUBLISHED'"
                        + " AND y.created_at < ? ORDER BY y.created_at DESC LIMIT ?) n ORDER BY n.created_at DESC LIMIT ?)"
                        + " ORDER BY r.created_at DESC")
                .params(units.stream().distinct().toArray(UUID[]::new), Timestamp.from(before), limit, limit)
                .query(ReplyRepository::map).list();
    }

    public List<Reply> byAuthor(UUID author) {
        return db.sql(SELECT + " WHERE r.author_id = ? ORDER BY r.created_at").param(author)
                .query(ReplyRepository::map).list();
    }

    static Reply map(ResultSet row, int n) throws SQLException {
        Timestamp edited = row.getTimestamp("edited_at");
        int number = row.getInt("quoted_number");
        Integer quotedNumber = row.wasNull() ? null : number;
        return new Reply(row.getObject("id", UUID.class), row.getObject("topic_id", UUID.class),
                row.getObject("unit_id", UUID.class), row.getInt("number"), row.getObject("author_id", UUID.class),
                row.getString("body"), row.getObject("quoted_id", UUID.class), quotedNumber,
                ContentState.valueOf(row.getString("state")), row.getString("state_reason"),
                row.getTimestamp("created_at").toInstant(), edited == null ? null : edited.toInstant(),
                row.getBoolean("quoted"));
    }
}
