package org.iops.search.index;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.function.Function;
import org.iops.content.ContentChanged;
import org.iops.content.ContentDocument;
import org.iops.content.ContentItem;
import org.iops.content.ContentRef;
import org.iops.content.ContentState;
import org.iops.content.ContentText;
import org.iops.content.Contents;
import org.iops.text.MemberText;
import org.iops.units.UnitDirectory;
import org.iops.units.UnitId;
import org.iops.units.UnitRef;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code search_item} exactly current: on every {@link ContentChanged}, in the writing transaction, the item is
 * read again through its {@code ContentSource} and its row written, or deleted when the item is gone. An item of its
 * own (a post, a topic) passes its unit, visibility, state and title on to the replies and comments that belong to
 * it, in one statement, so hiding or moving a topic hides or moves its replies in the index at once.
 */
@Component
public class SearchIndexer {

    /** Marks the highlighted words in {@code ts_headline}; taken out of what is indexed, so no member can write them. */
    public static final char MARK_START = '\u0002';
    public static final char MARK_END = '\u0003';

    private static final String COLUMNS = "type, id, root_type, root_id, unit_id, units, author_id, visibility, state, "
            + "root_state, language, config, title, root_title, body, path, created_at, document";

    private static final String REPLACE = "UPDATE SET root_type = EXCLUDED.root_type, "
            + "root_id = EXCLUDED.root_id, unit_id = EXCLUDED.unit_id, units = EXCLUDED.units, "
            + "author_id = EXCLUDED.author_id, visibility = EXCLUDED.visibility, state = EXCLUDED.state, "
            + "root_state = EXCLUDED.root_state, language = EXCLUDED.language, config = EXCLUDED.config, "
            + "title = EXCLUDED.title, root_title = EXCLUDED.root_title, body = EXCLUDED.body, "
            + "path = EXCLUDED.path, created_at = EXCLUDED.created_at, document = EXCLUDED.document";

    /** How many items above an item are followed to its root. */
    private static final int MAX_DEPTH = 8;

    /** Parameters of one multi-row insert, well under the protocol's 65,535. */
    private static final int MAX_PARAMETERS = 30_000;

    private final Contents contents;
    private final UnitDirectory units;
    private final MemberText text;
    private final JdbcClient db;

    SearchIndexer(Contents contents, UnitDirectory units, MemberText text, JdbcClient db) {
        this.contents = contents;
        this.units = units;
        this.text = text;
        this.db = db;
    }

    @EventListener
    void on(ContentChanged changed) {
        index(changed.ref(), true);
    }

    /**
     * Writes the item's row (or deletes it when the item is gone, with the rows of what belonged to it).
     *
     * @param live true for a change as it is written: the row is replaced, and an item of its own passes its unit,
     *     visibility, state and title on to its replies and comments; false while rebuilding, where each item is
     *     read whole and a row written meanwhile by a live change is newer, so it is kept
     * @return whether the item is in the index now
     */
    public boolean index(ContentRef ref, boolean live) {
        Optional<ContentItem> found = contents.find(ref);
        List<ContentText> texts = found.isEmpty() ? List.of() : contents.sourceOf(ref).texts(ref);
        if (found.isEmpty() || texts.isEmpty()) {
            db.sql("DELETE FROM search_item WHERE (type = ? AND id = ?) OR (root_type = ? AND root_id = ?)")
                    .params(ref.type(), ref.id(), ref.type(), ref.id()).update();
            return false;
        }
        ContentItem item = found.get();
        boolean written = write(new ContentDocument(item, texts), live, contents::find, this::unitsOf);
        if (written && live && item.parent() == null) {
            db.sql("UPDATE search_item SET unit_id = ?, units = ?, visibility = ?, root_state = ?, root_title = ? "
                            + "WHERE root_type = ? AND root_id = ? AND NOT (type = ? AND id = ?)")
                    .params(item.unit().value(), unitsOf(item.unit()), item.visibility().name(), item.state().name(),
                            item.title(), ref.type(), ref.id(), ref.type(), ref.id())
                    .update();
        }
        return written;
    }

    /**
     * What a page of items read in bulk ({@code ContentSource.documents}) writes while rebuilding: the parents of the
     * whole page are read level by level ({@link Contents#findAll}, a few queries for the page) and each unit's chain
     * once, from the cached tree when no writing transaction is open. Nothing is written here: {@link #write(Batch)}
     * does, in a transaction of its own.
     */
    Batch prepare(List<ContentDocument> documents) {
        Map<ContentRef, Optional<ContentItem>> parents = new HashMap<>();
        Set<ContentRef> wanted = new LinkedHashSet<>();
        documents.stream().map(document -> document.item().parent()).filter(Objects::nonNull).forEach(wanted::add);
        for (int depth = 0; !wanted.isEmpty() && depth < MAX_DEPTH; depth++) {
            Map<ContentRef, ContentItem> found = contents.findAll(wanted);
            Set<ContentRef> above = new LinkedHashSet<>();
            for (ContentRef ref : wanted) {
                ContentItem parent = found.get(ref);
                parents.put(ref, Optional.ofNullable(parent));
                if (parent != null && parent.parent() != null && !parents.containsKey(parent.parent())) {
                    above.add(parent.parent());
                }
            }
            wanted = above;
        }
        Map<UnitId, UUID[]> chains = new HashMap<>();
        List<SearchRow> rows = new ArrayList<>();
        List<ContentRef> orphans = new ArrayList<>();
        for (ContentDocument document : documents) {
            if (document.texts().isEmpty()) {
                continue;
            }
            Optional<SearchRow> row = row(document, ref -> parents.computeIfAbsent(ref, contents::find),
                    unit -> chains.computeIfAbsent(unit, this::unitsOf));
            row.ifPresentOrElse(rows::add, () -> orphans.add(document.item().ref()));
        }
        return new Batch(rows, orphans);
    }

    /**
     * Writes a prepared page in a few statements: the rows of items whose parent is gone are deleted in one, and the
     * rows in one multi-row {@code INSERT} (or a few, for a very large page) that keeps a row already there (written
     * by a live change, so newer).
     *
     * @return how many rows were written (or found there already)
     */
    int write(Batch batch) {
        if (!batch.orphans().isEmpty()) {
            db.sql("DELETE FROM search_item WHERE (type, id) IN (SELECT * FROM unnest(?::text[], ?::uuid[]))")
                    .params(batch.orphans().stream().map(ContentRef::type).toArray(String[]::new),
                            batch.orphans().stream().map(ContentRef::id).toArray(UUID[]::new))
                    .update();
        }
        List<SearchRow> chunk = new ArrayList<>();
        int parameters = 0;
        for (SearchRow row : batch.rows()) {
            if (parameters + row.params().size() > MAX_PARAMETERS && !chunk.isEmpty()) {
                insert(chunk, false);
                chunk.clear();
                parameters = 0;
            }
            chunk.add(row);
            parameters += row.params().size();
        }
        if (!chunk.isEmpty()) {
            insert(chunk, false);
        }
        return batch.rows().size();
    }

    /** A page's rows to write, and the items whose parent is gone, whose rows go. */
    record Batch(List<SearchRow> rows, List<ContentRef> orphans) {
    }

    private boolean write(ContentDocument document, boolean replace, Function<ContentRef, Optional<ContentItem>> finder,
            Function<UnitId, UUID[]> chains) {
        Optional<SearchRow> row = row(document, finder, chains);
        if (row.isEmpty()) {
            ContentRef ref = document.item().ref();
            db.sql("DELETE FROM search_item WHERE type = ? AND id = ?").params(ref.type(), ref.id()).update();
            return false;
        }
        insert(List.of(row.get()), replace);
        return true;
    }

    private void insert(List<SearchRow> rows, boolean replace) {
        StringJoiner values = new StringJoiner(", ");
        List<Object> params = new ArrayList<>();
        for (SearchRow row : rows) {
            values.add(row.values());
            params.addAll(row.params());
        }
        db.sql("INSERT INTO search_item (" + COLUMNS + ") VALUES " + values + " ON CONFLICT (type, id) DO "
                + (replace ? REPLACE : "NOTHING")).params(params).update();
    }

    /** The item's row, or empty when an item above it is gone. */
    private Optional<SearchRow> row(ContentDocument document, Function<ContentRef, Optional<ContentItem>> finder,
            Function<UnitId, UUID[]> chains) {
        ContentItem item = document.item();
        ContentItem root = item;
        ContentState rootState = item.state();
        for (int depth = 0; root.parent() != null && depth < MAX_DEPTH; depth++) {
            Optional<ContentItem> parent = finder.apply(root.parent());
            if (parent.isEmpty()) {
                return Optional.empty();
            }
            root = parent.get();
            rootState = root.state() != ContentState.PUBLISHED || depth == 0 ? root.state() : rootState;
        }
        List<ContentText> texts = document.texts();
        List<Object> params = new ArrayList<>(List.of(item.ref().type(), item.ref().id(), root.ref().type(),
                root.ref().id(), item.unit().value(), chains.apply(item.unit())));
        params.add(item.author());
        params.addAll(List.of(item.visibility().name(), item.state().name(), rootState.name(), item.language(),
                SearchLanguages.config(item.language()), clean(texts.get(0).title().isEmpty() ? item.title()
                        : texts.get(0).title()), clean(root.title())));
        StringJoiner body = new StringJoiner("\n\n");
        StringJoiner vector = new StringJoiner(" || ");
        List<Object> versions = new ArrayList<>();
        for (ContentText version : texts) {
            String plain = clean(text.plainText(version.markdown()));
            String config = SearchLanguages.config(version.language());
            body.add(plain);
            vector.add("setweight(to_tsvector(?::regconfig, ?), 'A') || setweight(to_tsvector(?::regconfig, ?), 'B')");
            versions.addAll(List.of(config, clean(version.title()), config, plain));
        }
        params.addAll(List.of(body.toString(), item.path(), Timestamp.from(item.created())));
        params.addAll(versions);
        return Optional.of(new SearchRow(item.ref(), "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::regconfig, ?, ?, ?, ?, ?, "
                + vector + ")", params));
    }

    /** The unit and every unit above it. */
    UUID[] unitsOf(UnitId unit) {
        List<UUID> chain = new ArrayList<>();
        chain.add(unit.value());
        units.ancestorsOf(unit).stream().map(UnitRef::id).map(UnitId::value).forEach(chain::add);
        return chain.toArray(UUID[]::new);
    }

    /** The highlight markers are the search page's own: a member's text never carries them (nor a NUL). */
    private static String clean(String plain) {
        return plain.replace(MARK_START, ' ').replace(MARK_END, ' ').replace('\u0000', ' ');
    }
}
