package org.iops.comments.thread;

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

/** The {@code comment} table. Lists are read by keyset over {@code (created_at, id)}, one query per list. */
@Repository
public class CommentRepository {

    private static final String COLUMNS = "c.id, c.item_ref, c.thread_id, c.replying_to, c.author_id, c.body, c.state, "
            + "c.state_reason, c.created_at, c.edited_at, c.deleted_at";

    /** Where the next page of threads starts: after the thread created at {@code created} with {@code id}. */
    public record Cursor(Instant created, UUID id) {
    }

    /** A thread's first comment with the number of its replies still shown (not removed). */
    public record Thread(Comment first, int replies) {
    }

    private final JdbcClient db;
    // the content registry is built from the sources, this module's among them: asked for when first needed
    private final ObjectProvider<Contents> contents;

    CommentRepository(JdbcClient db, ObjectProvider<Contents> contents) {
        this.db = db;
        this.contents = contents;
    }

    /** Tells the search index (and whoever keeps a copy of items) that the item changed, in this transaction. */
    private void changed(UUID id) {
        contents.getObject().changed(new ContentRef(Comment.TYPE, id));
    }

    /** The ids of comments in id order, after {@code after}: for rebuilding the search index. */
    List<UUID> ids(@Nullable UUID after, int limit) {
        return db.sql("SELECT id FROM comment WHERE id > ? ORDER BY id LIMIT ?")
                .params(after == null ? new UUID(0, 0) : after, limit).query(UUID.class).list();
    }

    /** The comments of these ids, in no order. */
    List<Comment> all(Collection<UUID> ids) {
        return db.sql("SELECT " + COLUMNS + " FROM comment c WHERE c.id = ANY(?)").param(ids.toArray(UUID[]::new))
                .query(CommentRepository::comment).list();
    }

    public Optional<Comment> find(UUID id) {
        return db.sql("SELECT " + COLUMNS + " FROM comment c WHERE c.id = ?").param(id).query(CommentRepository::comment)
                .optional();
    }

    /** The comment, locked until the end of the transaction (an edit and a delete at once take turns). */
    Optional<Comment> lock(UUID id) {
        return db.sql("SELECT " + COLUMNS + " FROM comment c WHERE c.id = ? FOR UPDATE").param(id)
                .query(CommentRepository::comment).optional();
    }

    void insert(Comment comment) {
        db.sql("INSERT INTO comment (id, item_ref, thread_id, replying_to, author_id, body, state, state_reason, "
                        + "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(comment.id(), comment.item().toString(), comment.thread(), comment.replyingTo(),
                        comment.author(), comment.body(), comment.state().name(), comment.reason(),
                        Timestamp.from(comment.created()))
                .update();
        changed(comment.id());
    }

    /**
     * The item's threads oldest first, after {@code after} (null: from the start), at most {@code limit}, removed
     * ones included (a page shows a removed first comment only while replies remain).
     */
    public List<Thread> threads(ContentRef item, @Nullable Cursor after, int limit) {
        return db.sql("SELECT " + COLUMNS + ", (SELECT count(*) FROM comment r WHERE r.thread_id = c.id "
                        + "AND r.state <> 'REMOVED') AS replies FROM comment c "
                        + "WHERE c.item_ref = :item AND c.thread_id IS NULL "
                        + "AND (CAST(:at AS timestamptz) IS NULL OR (c.created_at, c.id) > (CAST(:at AS timestamptz), :id)) "
                        + "ORDER BY c.created_at, c.id LIMIT :limit")
                .param("item", item.toString())
                .param("at", after == null ? null : Timestamp.from(after.created()))
                .param("id", after == null ? new UUID(0, 0) : after.id())
                .param("limit", limit)
                .query((rs, n) -> new Thread(comment(rs, n), rs.getInt("replies"))).list();
    }

    /** The first {@code perThread} replies of each thread, in order, for a page of threads in one query. */
    public List<Comment> replies(Collection<UUID> threads, int perThread) {
        if (threads.isEmpty()) {
            return List.of();
        }
        return db.sql("SELECT * FROM (SELECT " + COLUMNS + ", row_number() OVER (PARTITION BY c.thread_id "
                        + "ORDER BY c.created_at, c.id) AS place FROM comment c WHERE c.thread_id = ANY(?)) ranked "
                        + "WHERE place <= ? ORDER BY created_at, id")
                .params(threads.toArray(UUID[]::new), perThread)
                .query((rs, n) -> comment(rs, n)).list();
    }

    /** How many comments of the item are published: the count in the heading. */
    public int publishedCount(ContentRef item) {
        return db.sql("SELECT count(*) FROM comment WHERE item_ref = ? AND state = 'PUBLISHED'")
                .param(item.toString()).query(Integer.class).single();
    }

    /** One thread's first comment with the number of its replies. */
    public Optional<Thread> thread(UUID first) {
        return db.sql("SELECT " + COLUMNS + ", (SELECT count(*) FROM comment r WHERE r.thread_id = c.id "
                        + "AND r.state <> 'REMOVED') AS replies FROM comment c WHERE c.id = ? AND c.thread_id IS NULL")
                .param(first).query((rs, n) -> new Thread(comment(rs, n), rs.getInt("replies"))).optional();
    }

    /** Whether anything answers the comment (a reply in its thread, or a reply to it). */
    boolean answered(UUID id) {
        return db.sql("SELECT EXISTS (SELECT 1 FROM comment WHERE (thread_id = :id OR replying_to = :id) "
                        + "AND state <> 'REMOVED')")
                .param("id", id).query(Boolean.class).single();
    }

    void replaceBody(UUID id, String body, ContentState state, Instant at) {
        db.sql("UPDATE comment SET body = ?, state = ?, edited_at = ? WHERE id = ?")
                .params(body, state.name(), Timestamp.from(at), id).update();
        changed(id);
    }

    boolean changeState(UUID id, ContentState state, @Nullable String reason) {
        boolean changed = db.sql("UPDATE comment SET state = ?, state_reason = ? WHERE id = ?")
                .params(state.name(), reason, id).update() == 1;
        changed(id);
        return changed;
    }

    /** Its author deleted it while replies remain: the text goes, "comment removed" stays. */
    void markDeleted(UUID id, Instant at) {
        db.sql("UPDATE comment SET body = '', state = 'REMOVED', state_reason = NULL, deleted_at = ? WHERE id = ?")
                .params(Timestamp.from(at), id).update();
        changed(id);
    }

    void delete(UUID id) {
        db.sql("DELETE FROM comment WHERE id = ?").param(id).update();
        changed(id);
    }

    /** Every comment the member wrote, oldest first, for their data export. */
    List<Comment> byAuthor(UUID member) {
        return db.sql("SELECT " + COLUMNS + " FROM comment c WHERE c.author_id = ? ORDER BY c.created_at, c.id")
                .param(member).query(CommentRepository::comment).list();
    }

    /** The member's comments stay, attributed to "former member". */
    void forgetAuthor(UUID member) {
        db.sql("UPDATE comment SET author_id = NULL WHERE author_id = ?").param(member).update();
    }

    private static Comment comment(ResultSet rs, int row) throws SQLException {
        return new Comment(rs.getObject("id", UUID.class), ContentRef.parse(rs.getString("item_ref")),
                rs.getObject("thread_id", UUID.class), rs.getObject("replying_to", UUID.class),
                rs.getObject("author_id", UUID.class), rs.getString("body"), ContentState.valueOf(rs.getString("state")),
                rs.getString("state_reason"), instant(rs, "created_at"), instant(rs, "edited_at"),
                instant(rs, "deleted_at"));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
