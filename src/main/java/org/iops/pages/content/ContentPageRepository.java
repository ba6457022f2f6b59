package org.iops.pages.content;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Pages, their current texts and their revisions, in plain SQL. */
@Repository
class ContentPageRepository {

    private static final String REVISION_COLUMNS =
            "slug, language, version, title, body, note, author_id, author_name, restored_from, created_at";

    private final JdbcClient jdbc;
    private final Clock clock;

    ContentPageRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A page that exists and has not been removed. */
    boolean exists(String slug) {
        return jdbc.sql("SELECT count(*) FROM content_page WHERE slug = ? AND removed_at IS NULL").param(slug)
                .query(Long.class).single() > 0;
    }

    /** Whether the slug was ever used, removed pages included: a slug is never given to a second page. */
    boolean slugTaken(String slug) {
        return jdbc.sql("SELECT count(*) FROM content_page WHERE slug = ?").param(slug).query(Long.class).single() > 0;
    }

    /** Adds a page at the end of the menu; its first text is saved separately, in the same transaction. */
    void create(String slug, UUID createdBy) {
        jdbc.sql("""
                INSERT INTO content_page (slug, position, created_by, created_at)
                SELECT :slug, coalesce(max(position), 0) + 1, :by, :now FROM content_page""")
                .param("slug", slug).param("by", createdBy).param("now", java.sql.Timestamp.from(clock.instant()))
                .update();
    }

    /** Swaps the page with its neighbour above ({@code -1}) or below ({@code 1}) in the menu; false at an end. */
    boolean move(String slug, int direction) {
        List<String> order = jdbc.sql("SELECT slug FROM content_page WHERE removed_at IS NULL ORDER BY position, slug "
                + "FOR UPDATE").query(String.class).list();
        int at = order.indexOf(slug);
        int to = at + direction;
        if (at < 0 || to < 0 || to >= order.size()) {
            return false;
        }
        order.set(at, order.get(to));
        order.set(to, slug);
        for (int i = 0; i < order.size(); i++) {
            jdbc.sql("UPDATE content_page SET position = ? WHERE slug = ?").param(i + 1).param(order.get(i)).update();
        }
        return true;
    }

    /** Takes the page off the site; its texts and revisions stay, with who removed it and when. */
    boolean remove(String slug, UUID removedBy) {
        return jdbc.sql("UPDATE content_page SET removed_at = ?, removed_by = ? WHERE slug = ? AND removed_at IS NULL")
                .param(java.sql.Timestamp.from(clock.instant())).param(removedBy).param(slug).update() == 1;
    }

    /** The pages in menu order, each titled in the language, or in English where it has no text in it. */
    List<MenuEntry> menu(String language) {
        return jdbc.sql("""
                SELECT p.slug, coalesce(t.title, e.title) FROM content_page p
                JOIN content_page_text e ON e.slug = p.slug AND e.language = 'en'
                LEFT JOIN content_page_text t ON t.slug = p.slug AND t.language = ?
                WHERE p.removed_at IS NULL ORDER BY p.position, p.slug""")
                .param(language).query((rs, n) -> new MenuEntry(rs.getString(1), rs.getString(2))).list();
    }

    Optional<PageText> text(String slug, String language) {
        return jdbc.sql("""
                SELECT t.slug, t.language, t.title, t.body, t.version, t.updated_at FROM content_page_text t
                JOIN content_page p ON p.slug = t.slug AND p.removed_at IS NULL
                WHERE t.slug = ? AND t.language = ?""")
                .param(slug).param(language)
                .query((rs, n) -> new PageText(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5), rs.getTimestamp(6).toInstant()))
                .optional();
    }

    /** Every page in menu order with the texts it has, without their bodies. */
    List<PageSummary> summaries() {
        Map<String, Map<String, PageText>> texts = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT p.slug, t.language, t.title, t.version, t.updated_at
                FROM content_page p LEFT JOIN content_page_text t ON t.slug = p.slug
                WHERE p.removed_at IS NULL
                ORDER BY p.position, p.slug, t.language""")
                .query(rs -> {
                    Map<String, PageText> ofPage = texts.computeIfAbsent(rs.getString(1), s -> new LinkedHashMap<>());
                    String language = rs.getString(2);
                    if (language != null) {
                        ofPage.put(language, new PageText(rs.getString(1), language, rs.getString(3), "",
                                rs.getInt(4), rs.getTimestamp(5).toInstant()));
                    }
                });
        return texts.entrySet().stream().map(page -> {
            PageText english = page.getValue().get("en");
            return new PageSummary(page.getKey(), english == null ? page.getKey() : english.title(), page.getValue());
        }).toList();
    }

    /** Newest first. */
    List<Revision> revisions(String slug, String language) {
        return jdbc.sql("SELECT " + REVISION_COLUMNS + " FROM content_page_revision "
                        + "WHERE slug = ? AND language = ? ORDER BY version DESC")
                .param(slug).param(language).query(ContentPageRepository::revision).list();
    }

    /** The revisions this member wrote, oldest first, for their data export. */
    List<Revision> revisionsBy(UUID authorId) {
        return jdbc.sql("SELECT " + REVISION_COLUMNS + " FROM content_page_revision "
                        + "WHERE author_id = ? ORDER BY created_at, slug, language, version")
                .param(authorId).query(ContentPageRepository::revision).list();
    }

    Optional<Revision> revision(String slug, String language, int version) {
        return jdbc.sql("SELECT " + REVISION_COLUMNS + " FROM content_page_revision "
                        + "WHERE slug = ? AND language = ? AND version = ?")
                .param(slug).param(language).param(version).query(ContentPageRepository::revision).optional();
    }

    /**
     * Writes a new revision and makes it the current text, if the current text is still at
     * {@code expectedVersion} (0: the language has no text yet). Call inside a transaction: the text and its
     * revision are written together or not at all.
     *
     * @return the new revision's number
     * @throws EditConflictException if someone saved in between
     */
    int save(String slug, String language, String title, String body, @Nullable String note,
            int expectedVersion, @Nullable UUID authorId, @Nullable String authorName,
            @Nullable Integer restoredFrom) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        int version = expectedVersion + 1;
        int written;
        if (expectedVersion == 0) {
            written = jdbc.sql("""
                    INSERT INTO content_page_text (slug, language, title, body, version, updated_at)
                    VALUES (:slug, :language, :title, :body, 1, :now) ON CONFLICT DO NOTHING""")
                    .param("slug", slug).param("language", language).param("title", title).param("body", body)
                    .param("now", java.sql.Timestamp.from(now)).update();
        } else {
            // the version check and the write are one statement, so two editors cannot both pass it
            written = jdbc.sql("""
                    UPDATE content_page_text SET title = :title, body = :body, version = :version, updated_at = :now
                    WHERE slug = :slug AND language = :language AND version = :expected""")
                    .param("slug", slug).param("language", language).param("title", title).param("body", body)
                    .param("version", version).param("expected", expectedVersion)
                    .param("now", java.sql.Timestamp.from(now)).update();
        }
        if (written == 0) {
            throw new EditConflictException(text(slug, language).map(PageText::version).orElse(0));
        }
        jdbc.sql("INSERT INTO content_page_revision (" + REVISION_COLUMNS + ") "
                        + "VALUES (:slug, :language, :version, :title, :body, :note, :authorId, :authorName, "
                        + ":restoredFrom, :now)")
                .param("slug", slug).param("language", language).param("version", version)
                .param("title", title).param("body", body).param("note", note)
                .param("authorId", authorId).param("authorName", authorName).param("restoredFrom", restoredFrom)
                .param("now", java.sql.Timestamp.from(now)).update();
        return version;
    }

    /**
     * Removes a deleted account's name from the revisions they wrote: the only change the database lets anyone
     * make to a revision. For the accounts module's deletion event, once it publishes one.
     */
    int forgetAuthor(UUID memberId) {
        return jdbc.sql("UPDATE content_page_revision SET author_id = NULL, author_name = NULL WHERE author_id = ?")
                .param(memberId).update();
    }

    private static Revision revision(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        int restored = rs.getInt(9);
        Integer restoredFrom = rs.wasNull() ? null : restored;
        return new Revision(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getObject(7, UUID.class), rs.getString(8), restoredFrom,
                rs.getTimestamp(10).toInstant());
    }
}
