package org.iops.content.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.iops.content.ContentItem;
import org.iops.content.ContentLanguages;
import org.iops.content.ContentRef;
import org.iops.content.ContentSource;
import org.iops.content.ContentState;
import org.iops.content.ContentTranslation;
import org.iops.content.ContentTranslations;
import org.iops.content.Contents;
import org.iops.shared.ForbiddenException;
import org.iops.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one store of translations ({@code content_translation}, keyed by the original's {@link ContentRef} and the
 * language), and the {@link ContentSource} of type {@link ContentTranslation#TYPE} through which moderation approves,
 * hides or removes a translation. {@link Contents} is taken lazily: the registry is made of the sources, this one too.
 */
@Service
@Transactional
class TranslationStore implements ContentTranslations, ContentSource {

    private static final String COLUMNS = "id, original_type, original_id, language, translator_id, state, "
            + "hidden_reason, title, body, created_at, updated_at";

    private final JdbcClient db;
    private final Contents contents;
    private final Clock clock;

    TranslationStore(JdbcClient db, @Lazy Contents contents, Clock clock) {
        this.db = db;
        this.contents = contents;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ContentTranslation> of(ContentItem original, @Nullable UUID reader) {
        // the one rule, on each translation as an item of the original's unit and visibility (the caller checked the original)
        return db.sql("SELECT " + COLUMNS + " FROM content_translation WHERE original_type = ? AND original_id = ? "
                        + "AND state <> 'REMOVED' ORDER BY language")
                .params(original.ref().type(), original.ref().id()).query(TranslationStore::translation).list().stream()
                .filter(t -> contents.maySee(reader, withoutParent(t.item(original)))).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ContentTranslation> find(ContentItem original, String language, @Nullable UUID reader) {
        return of(original, reader).stream().filter(t -> t.language().equals(language)).findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Problem> problem(ContentItem original, String language, boolean adding) {
        if (!ContentLanguages.isKnown(language)) {
            return Optional.of(Problem.UNKNOWN_LANGUAGE);
        }
        if (language.equals(original.language())) {
            return Optional.of(Problem.ORIGINAL_LANGUAGE);
        }
        if (adding && db.sql("SELECT count(*) FROM content_translation WHERE original_type = ? AND original_id = ? "
                        + "AND language = ? AND state <> 'REMOVED'")
                .params(original.ref().type(), original.ref().id(), language).query(Long.class).single() > 0) {
            return Optional.of(Problem.TAKEN);
        }
        return Optional.empty();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<ContentRef, List<ContentTranslation>> published(java.util.Collection<ContentRef> originals) {
        Map<ContentRef, List<ContentTranslation>> byOriginal = new LinkedHashMap<>();
        if (originals.isEmpty()) {
            return byOriginal;
        }
        String type = originals.iterator().next().type();
        db.sql("SELECT " + COLUMNS + " FROM content_translation WHERE original_type = ? AND original_id = ANY(?) "
                        + "AND state = 'PUBLISHED' ORDER BY original_id, language")
                .params(type, originals.stream().map(ContentRef::id).toArray(UUID[]::new))
                .query(TranslationStore::translation).list()
                .forEach(t -> byOriginal.computeIfAbsent(t.original(), k -> new java.util.ArrayList<>()).add(t));
        return byOriginal;
    }

    @Override
    public ContentTranslation add(ContentItem original, UUID translator, String language, String title, String body) {
        Optional<Problem> problem = problem(original, language, true);
        if (problem.isPresent()) {
            throw new IllegalArgumentException("translation into " + language + ": " + problem.get());
        }
        ContentState state = contents.checkPosting(translator, original.unit(), title + "\n\n" + body).initialState();
        Instant now = now();
        // a translation a moderator removed gives its language back; the unique key keeps one per language
        db.sql("DELETE FROM content_translation WHERE original_type = ? AND original_id = ? AND language = ? "
                + "AND state = 'REMOVED'").params(original.ref().type(), original.ref().id(), language).update();
        ContentTranslation added = new ContentTranslation(UUID.randomUUID(), original.ref(), language, translator,
                state, null, title, body, now, now);
        db.sql("INSERT INTO content_translation (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?)")
                .params(added.id(), original.ref().type(), original.ref().id(), language, translator, state.name(),
                        title, body, Timestamp.from(now), Timestamp.from(now)).update();
        if (state == ContentState.PENDING) {
            contents.held(added.item(original)); // it waits in the unit's moderation queue
        }
        contents.changed(original.ref()); // the original is found by its translations' words too
        return added;
    }

    @Override
    @Transactional(readOnly = true)
    public ContentTranslation own(ContentItem original, String language, UUID translator) {
        ContentTranslation translation = find(original, language, translator)
                .orElseThrow(() -> new NotFoundException("translation"));
        if (!translator.equals(translation.translator())) {
            throw new ForbiddenException("not the translator");
        }
        return translation;
    }

    @Override
    public void edit(ContentItem original, UUID translator, String language, String title, String body) {
        ContentTranslation current = own(original, language, translator);
        ContentState verdict = contents.checkPosting(translator, original.unit(), title + "\n\n" + body).initialState();
        ContentState state = current.state() == ContentState.PUBLISHED ? verdict : current.state();
        db.sql("UPDATE content_translation SET title = ?, body = ?, state = ?, updated_at = ? WHERE id = ?")
                .params(title, body, state.name(), Timestamp.from(now()), current.id()).update();
        if (state == ContentState.PENDING && current.state() != ContentState.PENDING) {
            contents.held(new ContentTranslation(current.id(), current.original(), language, translator, state, null,
                    title, body, current.createdAt(), now()).item(original));
        }
        contents.changed(original.ref());
    }

    @Override
    public boolean mayRemove(ContentItem original, ContentTranslation translation, @Nullable UUID reader) {
        return reader != null && (reader.equals(original.author()) || reader.equals(translation.translator())
                || contents.mayModerate(reader, original.unit()));
    }

    @Override
    public void remove(ContentItem original, String language, UUID reader) {
        ContentTranslation translation = find(original, language, reader)
                .orElseThrow(() -> new NotFoundException("translation"));
        if (!mayRemove(original, translation, reader)) {
            throw new ForbiddenException("may not remove the translation");
        }
        db.sql("DELETE FROM content_translation WHERE id = ?").param(translation.id()).update();
        contents.changed(original.ref());
    }

    @Override
    @Transactional(readOnly = true)
    public List<Map<String, Object>> export(UUID translator, String type, String idName) {
        return db.sql("SELECT " + COLUMNS + " FROM content_translation WHERE translator_id = ? AND original_type = ? "
                        + "ORDER BY created_at").params(translator, type).query(TranslationStore::translation).list()
                .stream().map(t -> {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put(idName, t.original().id().toString());
                    entry.put("language", t.language());
                    entry.put("title", t.title());
                    entry.put("body", t.body());
                    entry.put("created", t.createdAt().toString());
                    entry.put("updated", t.updatedAt().toString());
                    return entry;
                }).toList();
    }

    /** Erasure: the translations stay, credited to "former member". */
    void forget(UUID member) {
        db.sql("UPDATE content_translation SET translator_id = NULL WHERE translator_id = ?").param(member).update();
    }

    // --- the translations as items of their own, for moderation ---

    @Override
    public Set<String> types() {
        return Set.of(ContentTranslation.TYPE);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ContentItem> find(ContentRef ref) {
        return stored(ref).flatMap(t -> contents.find(t.original()).map(t::item));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> text(ContentRef ref) {
        return stored(ref).map(ContentTranslation::body);
    }

    @Override
    public boolean changeState(ContentRef ref, ContentState state, @Nullable String reason) {
        boolean changed = db.sql("UPDATE content_translation SET state = ?, hidden_reason = ? WHERE id = ?")
                .params(state.name(), state == ContentState.HIDDEN ? reason : null, ref.id()).update() > 0;
        originalChanged(ref);
        return changed;
    }

    @Override
    public boolean replaceText(ContentRef ref, String markdown, UUID editor) {
        boolean changed = db.sql("UPDATE content_translation SET body = ?, updated_at = ? WHERE id = ?")
                .params(markdown, Timestamp.from(now()), ref.id()).update() > 0;
        originalChanged(ref);
        return changed;
    }

    /** A moderator's change to a translation changes what its original is found by. */
    private void originalChanged(ContentRef translation) {
        stored(translation).ifPresent(found -> contents.changed(found.original()));
    }

    private Optional<ContentTranslation> stored(ContentRef ref) {
        if (!ContentTranslation.TYPE.equals(ref.type())) {
            return Optional.empty();
        }
        return db.sql("SELECT " + COLUMNS + " FROM content_translation WHERE id = ?").param(ref.id())
                .query(TranslationStore::translation).optional();
    }

    private static ContentItem withoutParent(ContentItem item) {
        return new ContentItem(item.ref(), item.unit(), item.author(), item.visibility(), item.state(), item.title(),
                item.path(), item.language(), item.created(), item.closed(), null);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static ContentTranslation translation(ResultSet rs, int row) throws SQLException {
        return new ContentTranslation(rs.getObject("id", UUID.class),
                new ContentRef(rs.getString("original_type"), rs.getObject("original_id", UUID.class)),
                rs.getString("language"), rs.getObject("translator_id", UUID.class),
                ContentState.valueOf(rs.getString("state")), rs.getString("hidden_reason"), rs.getString("title"),
                rs.getString("body"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
