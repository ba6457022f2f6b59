package org.iops.blogs.posts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.iops.blogs.PostId;
import org.iops.content.Contents;
import org.iops.content.Visibility;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The posts and their revisions, in plain SQL; every list is one indexed keyset query. */
@Repository
class PostRepository {

    private static final String COLUMNS = "p.id, p.author_id, p.unit_id, p.visibility, p.state, p.language, p.title, "
            + "p.body, p.hidden_reason, p.created_at, p.published_at, p.edited_at, p.version";

    static final RowMapper<Post> POST = PostRepository::post;

    /** A revision as the history lists it. */
    record Revision(int version, @Nullable UUID editor, String title, String body, Instant createdAt) {
    }

    private final JdbcClient db;
    // the content registry is built from the sources, the posts' among them: asked for when first needed
    private final ObjectProvider<Contents> contents;

    PostRepository(JdbcClient db, ObjectProvider<Contents> contents) {
        this.db = db;
        this.contents = contents;
    }

    Optional<Post> find(UUID id) {
        return db.sql("SELECT " + COLUMNS + " FROM blog_post p WHERE p.id = ?").param(id).query(POST).optional();
    }

    /** The post, locked for the rest of the transaction: two edits of one post are made one after the other. */
    Optional<Post> lock(UUID id) {
        return db.sql("SELECT " + COLUMNS + " FROM blog_post p WHERE p.id = ? FOR UPDATE").param(id).query(POST).optional();
    }

    List<Post> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return db.sql("SELECT " + COLUMNS + " FROM blog_post p WHERE p.id = ANY(?)").param(ids.toArray(UUID[]::new))
                .query(POST).list();
    }

    void insert(Post post) {
        db.sql("INSERT INTO blog_post (id, author_id, unit_id, visibility, state, language, title, body, created_at, "
                        + "published_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(post.id(), post.author(), post.unit(), post.visibility().name(), post.state(), post.language(),
                        post.title(), post.body(), ts(post.createdAt()), ts(post.publishedAt()), post.version())
                .update();
        changed(post.id());
    }

    void update(Post post) {
        db.sql("UPDATE blog_post SET unit_id = ?, visibility = ?, state = ?, language = ?, title = ?, body = ?, "
                        + "hidden_reason = ?, published_at = ?, edited_at = ?, version = ? WHERE id = ?")
                .params(post.unit(), post.visibility().name(), post.state(), post.language(), post.title(), post.body(),
                        post.hiddenReason(), ts(post.publishedAt()), ts(post.editedAt()), post.version(), post.id())
                .update();
        changed(post.id());
    }

    void delete(UUID id) {
        db.sql("DELETE FROM blog_post WHERE id = ?").param(id).update();
        changed(id);
    }

    /** Tells the search index (and whoever keeps a copy of items) that the post changed, in this transaction. */
    void changed(UUID id) {
        contents.getObject().changed(new PostId(id).ref());
    }

    /** The ids of posts that are not drafts, in id order, after {@code after}: for rebuilding the search index. */
    List<UUID> ids(@Nullable UUID after, int limit) {
        return db.sql("SELECT id FROM blog_post WHERE state <> 'DRAFT' AND id > ? ORDER BY id LIMIT ?")
                .params(after == null ? new UUID(0, 0) : after, limit).query(UUID.class).list();
    }

    void addRevision(UUID post, int version, @Nullable UUID editor, String title, String body, Instant at) {
        db.sql("INSERT INTO blog_post_revision (post_id, version, editor_id, title, body, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(post, version, editor, title, body, ts(at)).update();
    }

    List<Revision> revisions(UUID post) {
        return db.sql("SELECT version, editor_id, title, body, created_at FROM blog_post_revision WHERE post_id = ? "
                + "ORDER BY version DESC").param(post).query(PostRepository::revision).list();
    }

    Optional<Revision> revision(UUID post, int version) {
        return db.sql("SELECT version, editor_id, title, body, created_at FROM blog_post_revision WHERE post_id = ? "
                + "AND version = ?").params(post, version).query(PostRepository::revision).optional();
    }

    /** The author's drafts and the posts waiting for a moderator, newest first. */
    List<Post> drafts(UUID author, int limit) {
        return db.sql("SELECT " + COLUMNS + " FROM blog_post p WHERE p.author_id = ? AND p.state IN ('DRAFT', 'PENDING') "
                + "ORDER BY p.created_at DESC LIMIT ?").params(author, limit).query(POST).list();
    }

    /**
     * A page of published posts, newest first, after the cursor: of one unit or of one author, in the visibilities
     * given ({@code UNIT} ones only in {@code ownUnits}, or in any unit when it is null), in one language or all.
     */
    List<Post> published(Scope scope, UUID owner, Collection<Visibility> visibilities, @Nullable Collection<UUID> ownUnits,
            @Nullable String language, @Nullable Cursor after, int limit) {
        String column = scope == Scope.UNIT ? "p.unit_id" : "p.author_id";
        return db.sql("SELECT " + COLUMNS + " FROM blog_post p WHERE " + column + " = :owner AND p.state = 'PUBLISHED' "
                        + "AND p.visibility = ANY(:visibilities) AND (p.visibility <> 'UNIT' OR :anyUnit OR p.unit_id = ANY(:units)) "
                        + "AND (CAST(:language AS text) IS NULL OR p.language = :language) "
                        + "AND (CAST(:at AS timestamptz) IS NULL OR (p.published_at, p.id) < (:at, :id)) "
                        + "ORDER BY p.published_at DESC, p.id DESC LIMIT :limit")
                .param("owner", owner)
                .param("visibilities", visibilities.stream().map(Visibility::name).toArray(String[]::new))
                .param("anyUnit", ownUnits == null)
                .param("units", ownUnits == null ? new UUID[0] : ownUnits.toArray(UUID[]::new)).param("language", language)
                .param("at", after == null ? null : ts(after.at())).param("id", after == null ? null : after.id())
                .param("limit", limit).query(POST).list();
    }

    /** Whose posts a list is. */
    enum Scope { UNIT, AUTHOR }

    /** The languages the published posts of a unit (or an author) are written in, for its filter. */
    List<String> languagesOf(Scope scope, UUID owner) {
        String column = scope == Scope.UNIT ? "unit_id" : "author_id";
        return db.sql("SELECT DISTINCT language FROM blog_post WHERE " + column + " = ? AND state = 'PUBLISHED' "
                + "ORDER BY language").param(owner).query(String.class).list();
    }

    List<Post> recent(Collection<UUID> units, Instant before, int limit) {
        // each unit's newest along its own index, then the newest of those (not every post of the units, sorted)
        return db.sql("SELECT " + COLUMNS + " FROM unnest(?::uuid[]) AS u(unit) CROSS JOIN LATERAL (SELECT * FROM blog_post b "
                        + "WHERE b.unit_id = u.unit AND b.state = 'PUBLISHED' AND b.published_at < ? "
                        + "ORDER BY b.published_at DESC, b.id DESC LIMIT ?) p ORDER BY p.published_at DESC, p.id DESC LIMIT ?")
                .params(units.stream().distinct().toArray(UUID[]::new), ts(before), limit, limit).query(POST).list();
    }

    List<Post> byAuthor(UUID author) {
        return db.sql("SELECT " + COLUMNS + " FROM blog_post p WHERE p.author_id = ? ORDER BY p.created_at")
                .param(author).query(POST).list();
    }

    /** Erasure: drafts go; published posts stay, by "former member"; their revisions keep no editor's name. */
    void forget(UUID member) {
        db.sql("DELETE FROM blog_post WHERE author_id = ? AND state = 'DRAFT'").param(member).update();
        db.sql("UPDATE blog_post SET author_id = NULL WHERE author_id = ?").param(member).update();
        db.sql("UPDATE blog_post_revision SET editor_id = NULL WHERE editor_id = ?").param(member).update();
    }

    /** A merged chapter's posts follow its members to the surviving chapter. */
    int moveUnit(UUID from, UUID to) {
        return db.sql("UPDATE blog_post SET unit_id = ? WHERE unit_id = ?").params(to, from).update();
    }

    static @Nullable Timestamp ts(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Post post(ResultSet rs, int row) throws SQLException {
        return new Post(rs.getObject("id", UUID.class), rs.getObject("author_id", UUID.class),
                rs.getObject("unit_id", UUID.class), Visibility.valueOf(rs.getString("visibility")),
                rs.getString("state"), rs.getString("language"), rs.getString("title"), rs.getString("body"),
                rs.getString("hidden_reason"), instant(rs, "created_at"), instant(rs, "published_at"),
                instant(rs, "edited_at"), rs.getInt("version"));
    }

    private static Revision revision(ResultSet rs, int row) throws SQLException {
        return new Revision(rs.getInt("version"), rs.getObject("editor_id", UUID.class), rs.getString("title"),
                rs.getString("body"), instant(rs, "created_at"));
    }
}
