package org.iops.forums.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.iops.content.ContentRef;
import org.iops.content.ContentState;
import org.iops.content.Contents;
import org.iops.content.Visibility;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The topics: one indexed query per list, keyset pages, and the counters a new reply moves. */
@Repository
public class TopicRepository {

    static final String COLUMNS = "id, category_id, unit_id, author_id, title, body, language, visibility, state,"
            + " state_reason, pinned, closed, last_number, created_at, edited_at, last_activity_at";

    /** Where a category's list goes on from: the last topic shown, in the list's order. */
    public record Cursor(boolean pinned, Instant lastActivity, UUID id) {

        public static Cursor of(Topic topic) {
            return new Cursor(topic.pinned(), topic.lastActivityAt(), topic.id());
        }

        /** The cursor as the address carries it; {@link #parse} reads it back. */
        public String text() {
            return (pinned ? "1" : "0") + "." + lastActivity.getEpochSecond() + "." + lastActivity.getNano() + "." + id;
        }

        /** The cursor written in {@code text}, or empty for anything else. */
        public static Optional<Cursor> parse(@Nullable String text) {
            String[] parts = text == null ? new String[0] : text.split("\\.", 4);
            try {
                if (parts.length == 4 && (parts[0].equals("0") || parts[0].equals("1"))) {
                    return Optional.of(new Cursor(parts[0].equals("1"),
                            Instant.ofEpochSecond(Long.parseLong(parts[1]), Integer.parseInt(parts[2])),
                            org.iops.shared.MalformedIdException.uuid(parts[3], "cursor")));
                }
            } catch (RuntimeException malformed) {
                return Optional.empty();
            }
            return Optional.empty();
        }
    }

    private final JdbcClient db;
    // the content registry is built from the sources, this module's among them: asked for when first needed
    private final ObjectProvider<Contents> contents;

    TopicRepository(JdbcClient db, ObjectProvider<Contents> contents) {
        this.db = db;
        this.contents = contents;
    }

    /** Tells the search index (and whoever keeps a copy of items) that the item changed, in this transaction. */
    private void changed(UUID id) {
        contents.getObject().changed(new ContentRef(Topic.TYPE, id));
    }

    public Optional<Topic> find(UUID id) {
        return db.sql("SELECT " + COLUMNS + " FROM forum_topic WHERE id = ?").param(id).query(TopicRepository::map).optional();
    }

    /** The ids of topics in id order, after {@code after}: for rebuilding the search index. */
    public List<UUID> ids(@Nullable UUID after, int limit) {
        return db.sql("SELECT id FROM forum_topic WHERE id > ? ORDER BY id LIMIT ?")
                .params(after == null ? new UUID(0, 0) : after, limit).query(UUID.class).list();
    }

    /** The topic, locked until the transaction ends: a reply takes its number under this lock. */
    public Optional<Topic> lock(UUID id) {
        return db.sql("SELECT " + COLUMNS + " FROM forum_topic WHERE id = ? FOR UPDATE").param(id)
                .query(TopicRepository::map).optional();
    }

    public void insert(Topic topic) {
        db.sql("INSERT INTO forum_topic (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(topic.id(), topic.categoryId(), topic.unitId(), topic.authorId(), topic.title(), topic.body(),
                        topic.language(), topic.visibility().name(), topic.state().name(), topic.stateReason(),
                        topic.pinned(), topic.closed(), topic.lastNumber(), Timestamp.from(topic.createdAt()),
                        topic.editedAt() == null ? null : Timestamp.from(topic.editedAt()),
                        Timestamp.from(topic.lastActivityAt()))
                .update();
        changed(topic.id());
    }

    /**
     * A page of a category's topics, pinned first, then by last activity: those published with one of the
     * {@code visible} visibilities, and the held or hidden ones of {@code author} (or all of them for a moderator);
     * only those written in {@code language} unless it is null.
     */
    public List<Topic> page(UUID category, Set<Visibility> visible, @Nullable UUID author, boolean moderator,
            @Nullable String language, @Nullable Cursor after, int limit) {
        String keyset = after == null ? "" : " AND (pinned, last_activity_at, id) < (?, ?, ?)";
        var query = db.sql("SELECT " + COLUMNS + " FROM forum_topic WHERE category_id = ? AND visibility = ANY(?)"
                        + " AND state <> 'REMOVED' AND (state = 'PUBLISHED' OR ? OR author_id = ?)"
                        + (language == null ? "" : " AND language = ?") + keyset
                        + " ORDER BY pinned DESC, last_activity_at DESC, id DESC LIMIT ?")
                .param(category).param(names(visible)).param(moderator).param(author);
        if (language != null) {
            query = query.param(language);
        }
        if (after != null) {
            query = query.param(after.pinned()).param(Timestamp.from(after.lastActivity())).param(after.id());
        }
        return query.param(limit).query(TopicRepository::map).list();
    }

    /**
     * Which of {@code languages} the category has topics in (removed ones aside), in the order given: one probe of
     * the {@code (category_id, language, ...)} index per language, whatever the category's size.
     */
    public List<String> languagesOf(UUID category, List<String> languages) {
        return db.sql("SELECT l.code FROM unnest(?::text[]) WITH ORDINALITY AS l(code, n) WHERE EXISTS (SELECT 1 "
                        + "FROM forum_topic WHERE category_id = ? AND language = l.code AND state <> 'REMOVED') ORDER BY l.n")
                .param(languages.toArray(String[]::new)).param(category).query(String.class).list();
    }

    /** The unit's published topics with these visibilities, most recently active first. */
    public List<Topic> active(UUID unit, Set<Visibility> visible, int limit) {
        return db.sql("SELECT " + COLUMNS + " FROM forum_topic WHERE unit_id = ? AND state = 'PUBLISHED'"
                        + " AND visibility = ANY(?) ORDER BY last_activity_at DESC LIMIT ?")
                .param(unit).param(names(visible)).param(limit).query(TopicRepository::map).list();
    }

    /** The units' published topics created before {@code before}, newest first, whatever their visibility. */
    public List<Topic> recent(Collection<UUID> units, Instant before, int limit) {
        // each unit's newest along its own index, then the newest of those (not every topic of the units, sorted)
        return db.sql("SELECT " + COLUMNS + " FROM unnest(?::uuid[]) AS u(unit) CROSS JOIN LATERAL (SELECT * FROM forum_topic t"
                        + " WHERE t.unit_id = u.unit AND t.state = 'PUBLISHED' AND t.created_at < ?"
                        + " ORDER BY t.created_at DESC LIMIT ?) f ORDER BY created_at DESC LIMIT ?")
                .param(units.stream().distinct().toArray(UUID[]::new)).param(Timestamp.from(before)).param(limit)
                .param(limit).query(TopicRepository::map).list();
    }

    /** The topics of these ids, in no order: the topics of a page of replies. */
    public List<Topic> all(Collection<UUID> ids) {
        return db.sql("SELECT " + COLUMNS + " FROM forum_topic WHERE id = ANY(?)").param(ids.toArray(UUID[]::new))
                .query(TopicRepository::map).list();
    }

    public List<Topic> byAuthor(UUID author) {
        return db.sql("SELECT " + COLUMNS + " FROM forum_topic WHERE author_id = ? ORDER BY created_at")
                .param(author).query(TopicRepository::map).list();
    }

    public void edit(UUID id, String title, String body, String language, Visibility visibility, ContentState state,
            Instant at) {
        db.sql("UPDATE forum_topic SET title = ?, body = ?, language = ?, visibility = ?, state = ?, edited_at = ?"
                        + " WHERE id = ?")
                .params(title, body, language, visibility.name(), state.name(), Timestamp.from(at), id).update();
        changed(id);
    }

    public void replaceText(UUID id, String body, Instant at) {
        db.sql("UPDATE forum_topic SET body = ?, edited_at = ? WHERE id = ?").params(body, Timestamp.from(at), id).update();
        changed(id);
    }

    public boolean changeState(UUID id, ContentState state, @Nullable String reason) {
        boolean changed = db.sql("UPDATE forum_topic SET state = ?, state_reason = ? WHERE id = ?")
                .params(state.name(), reason, id).update() == 1;
        changed(id);
        return changed;
    }

    public void pin(UUID id, boolean pinned) {
        db.sql("UPDATE forum_topic SET pinned = ? WHERE id = ?").params(pinned, id).update();
    }

    public void close(UUID id, boolean closed) {
        db.sql("UPDATE forum_topic SET closed = ? WHERE id = ?").params(closed, id).update();
    }

    /** Moves the topic, and its replies with it, to another category (of this unit or another). */
    public void move(UUID id, Category to) {
        db.sql("UPDATE forum_topic SET category_id = ?, unit_id = ? WHERE id = ?").params(to.id(), to.unitId(), id).update();
        db.sql("UPDATE forum_reply SET unit_id = ? WHERE topic_id = ?").params(to.unitId(), id).update();
        changed(id);
    }

    /** Counts a new reply: its number, and the topic's last activity. */
    public void replied(UUID id, int number, Instant at) {
        db.sql("UPDATE forum_topic SET last_number = ?, last_activity_at = ? WHERE id = ?")
                .params(number, Timestamp.from(at), id).update();
    }

    private static String[] names(Set<Visibility> visible) {
        return visible.stream().map(Visibility::name).toArray(String[]::new);
    }

    static Topic map(ResultSet row, int n) throws SQLException {
        Timestamp edited = row.getTimestamp("edited_at");
        return new Topic(row.getObject("id", UUID.class), row.getObject("category_id", UUID.class),
                row.getObject("unit_id", UUID.class), row.getObject("author_id", UUID.class), row.getString("title"),
                row.getString("body"), row.getString("language"), Visibility.valueOf(row.getString("visibility")),
                ContentState.valueOf(row.getString("state")), row.getString("state_reason"), row.getBoolean("pinned"),
                row.getBoolean("closed"), row.getInt("last_number"), row.getTimestamp("created_at").toInstant(),
                edited == null ? null : edited.toInstant(), row.getTimestamp("last_activity_at").toInstant());
    }
}
