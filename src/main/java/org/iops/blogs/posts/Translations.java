package org.iops.blogs.posts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.iops.content.ContentState;
import org.iops.content.Contents;
import org.iops.shared.ForbiddenException;
import org.iops.shared.NotFoundException;
import org.iops.units.UnitId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Translations of a post: any member who may read it may add one in a language it lacks, credited to them and
 * edited by them alone; the post's author and the moderators of its unit may remove it. A translation passes the
 * posting rules like any text (held: seen only by its translator and the moderators until approved).
 */
@Service
@Transactional
class Translations {

    /** A translation as stored. */
    record Translation(UUID post, String language, @Nullable UUID translator, ContentState state, String title,
            String body, Instant updatedAt) {
    }

    private final JdbcClient db;
    private final Contents contents;
    private final Clock clock;

    Translations(JdbcClient db, Contents contents, Clock clock) {
        this.db = db;
        this.contents = contents;
        this.clock = clock;
    }

    /** The translations of the post this reader may see: published ones, and held ones to their translator and moderators. */
    @Transactional(readOnly = true)
    List<Translation> of(Post post, @Nullable UUID reader) {
        boolean moderator = contents.mayModerate(reader, new UnitId(post.unit()));
        return db.sql("SELECT post_id, language, translator_id, state, title, body, updated_at FROM blog_post_translation "
                        + "WHERE post_id = ? ORDER BY language").param(post.id()).query(Translations::translation).list()
                .stream().filter(t -> t.state() == ContentState.PUBLISHED || moderator
                        || reader != null && reader.equals(t.translator())).toList();
    }

    @Transactional(readOnly = true)
    Optional<Translation> find(Post post, String language, @Nullable UUID reader) {
        return of(post, reader).stream().filter(t -> t.language().equals(language)).findFirst();
    }

    /** What is wrong with a new translation in this language: a message key, or null. */
    @Nullable
    String problem(Post post, String language, boolean adding) {
        if (!PostLanguages.isKnown(language)) {
            return "blogs.error.languageUnknown";
        }
        if (language.equals(post.language())) {
            return "blogs.translation.error.original";
        }
        if (adding && exists(post.id(), language)) {
            return "blogs.translation.error.exists";
        }
        return null;
    }

    /** Adds a translation; the caller checked {@link #problem} and that the translator may read the post. */
    void add(Post post, UUID translator, String language, String title, String body) {
        ContentState state = contents.checkPosting(translator, new UnitId(post.unit()), title + "\n\n" + body).initialState();
        Instant now = now();
        db.sql("INSERT INTO blog_post_translation (post_id, language, translator_id, state, title, body, created_at, "
                        + "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(post.id(), language, translator, state.name(), title, body, PostRepository.ts(now),
                        PostRepository.ts(now)).update();
        contents.changed(post.postId().ref());
    }

    /** The translator changes their translation; nobody else may. */
    void edit(Post post, UUID translator, String language, String title, String body) {
        Translation current = find(post, language, translator).orElseThrow(() -> new NotFoundException("translation"));
        if (!translator.equals(current.translator())) {
            throw new ForbiddenException("not the translator");
        }
        ContentState verdict = contents.checkPosting(translator, new UnitId(post.unit()), title + "\n\n" + body)
                .initialState();
        ContentState state = current.state() == ContentState.PENDING ? ContentState.PENDING : verdict;
        db.sql("UPDATE blog_post_translation SET title = ?, body = ?, state = ?, updated_at = ? WHERE post_id = ? "
                        + "AND language = ?")
                .params(title, body, state.name(), PostRepository.ts(now()), post.id(), language).update();
        contents.changed(post.postId().ref());
    }

    /** Whether the reader may remove the translation: the post's author, the translator, the unit's moderators. */
    boolean mayRemove(Post post, Translation translation, @Nullable UUID reader) {
        return reader != null && (post.isAuthor(reader) || reader.equals(translation.translator())
                || contents.mayModerate(reader, new UnitId(post.unit())));
    }

    void remove(Post post, String language, UUID reader) {
        Translation translation = find(post, language, reader).orElseThrow(() -> new NotFoundException("translation"));
        if (!mayRemove(post, translation, reader)) {
            throw new ForbiddenException("may not remove the translation");
        }
        db.sql("DELETE FROM blog_post_translation WHERE post_id = ? AND language = ?").params(post.id(), language).update();
        contents.changed(post.postId().ref());
    }

    @Transactional(readOnly = true)
    List<Map<String, Object>> export(UUID translator) {
        return db.sql("SELECT post_id, language, title, body, created_at, updated_at FROM blog_post_translation "
                        + "WHERE translator_id = ? ORDER BY created_at")
                .param(translator).query((rs, row) -> Map.<String, Object>of("post", rs.getString("post_id"),
                        "language", rs.getString("language"), "title", rs.getString("title"),
                        "body", rs.getString("body"), "created", rs.getTimestamp("created_at").toInstant().toString(),
                        "updated", rs.getTimestamp("updated_at").toInstant().toString()))
                .list();
    }

    /** Erasure: the translations stay, credited to "former member". */
    void forget(UUID member) {
        db.sql("UPDATE blog_post_translation SET translator_id = NULL WHERE translator_id = ?").param(member).update();
    }

    private boolean exists(UUID post, String language) {
        return db.sql("SELECT count(*) FROM blog_post_translation WHERE post_id = ? AND language = ?")
                .params(post, language).query(Long.class).single() > 0;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static Translation translation(ResultSet rs, int row) throws SQLException {
        return new Translation(rs.getObject("post_id", UUID.class), rs.getString("language"),
                rs.getObject("translator_id", UUID.class), ContentState.valueOf(rs.getString("state")),
                rs.getString("title"), rs.getString("body"), rs.getTimestamp("updated_at").toInstant());
    }
}
