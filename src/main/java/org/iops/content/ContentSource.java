package org.iops.content;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.iops.units.UnitId;
import org.jspecify.annotations.Nullable;

/**
 * Implemented by each module that owns a kind of member content (blog posts, forum topics and replies, comments):
 * one bean per module, naming the {@link ContentRef#type() types} it owns. Through it the shared mechanisms find an
 * item and moderation acts on it, without knowing the module. Each method answers false (or empty) for an id the
 * module does not know.
 */
public interface ContentSource {

    /** The content types this module owns, such as {@code forums.topic} and {@code forums.reply}. */
    Set<String> types();

    /** The item as the shared mechanisms see it, or empty when there is no such item (never for a removed one). */
    Optional<ContentItem> find(ContentRef ref);

    /**
     * The items among {@code refs} that exist, by reference, as {@link #find} finds each: override with a few
     * queries for them all (the search rebuild resolves a page's parents through it). By default one by one.
     */
    default Map<ContentRef, ContentItem> findAll(Collection<ContentRef> refs) {
        Map<ContentRef, ContentItem> found = new LinkedHashMap<>();
        for (ContentRef ref : new LinkedHashSet<>(refs)) {
            find(ref).ifPresent(item -> found.put(ref, item));
        }
        return found;
    }

    /** The item's text as its author wrote it (Markdown), for a moderator to read and edit. */
    Optional<String> text(ContentRef ref);

    /**
     * Moves the item to {@code state}: a moderator hid it (with the reason shown in its place), removed it,
     * approved a held item or showed a hidden one again. Called in the moderator's transaction.
     */
    boolean changeState(ContentRef ref, ContentState state, @Nullable String reason);

    /** Replaces the item's text with a moderator's edit (a phone number taken out), kept as a revision by {@code editor}. */
    boolean replaceText(ContentRef ref, String markdown, UUID editor);

    /**
     * The newest published items of this module's own kinds (not replies or comments, which belong to an item) that
     * live in one of {@code units}, created before {@code before}, newest first, at most {@code limit}, whatever
     * their visibility ({@link Contents#recentIn} filters). One indexed query. None by default.
     */
    default List<ContentItem> recent(Collection<UnitId> units, Instant before, int limit) {
        return List.of();
    }

    /**
     * The item's text in every language it is published in: the original first, then each published translation.
     * The search index reads it. By default the original alone, from {@link #find} and {@link #text}.
     */
    default List<ContentText> texts(ContentRef ref) {
        Optional<ContentItem> item = find(ref);
        Optional<String> markdown = text(ref);
        if (item.isEmpty() || markdown.isEmpty()) {
            return List.of();
        }
        String title = item.get().parent() == null ? item.get().title() : "";
        return List.of(new ContentText(item.get().language(), title, markdown.get()));
    }

    /**
     * The ids of this module's items of {@code type} (drafts excluded), in id order, after {@code after} (null: from
     * the first), at most {@code limit}: one indexed query, for rebuilding what keeps a copy of every item (the
     * search index). None by default: a module whose items existed before search, or are loaded in bulk, lists them.
     */
    default List<UUID> ids(String type, @Nullable UUID after, int limit) {
        return List.of();
    }

    /**
     * The items of {@code type} among {@code ids} that exist, each with its {@link #texts}, for rebuilding an index a
     * page at a time: override with a few queries for the whole page. By default one by one through {@link #find}
     * and {@link #texts}.
     */
    default List<ContentDocument> documents(String type, Collection<UUID> ids) {
        List<ContentDocument> documents = new ArrayList<>();
        for (UUID id : ids) {
            ContentRef ref = new ContentRef(type, id);
            find(ref).ifPresent(item -> documents.add(new ContentDocument(item, texts(ref))));
        }
        return documents;
    }
}
