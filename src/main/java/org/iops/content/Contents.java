package org.iops.content;

import gg.jte.Content;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.iops.units.UnitId;
import org.iops.web.PageContext;
import org.jspecify.annotations.Nullable;

/** Finds any item of member content through its module's {@link ContentSource}, and applies the one rule of who sees what. */
public interface Contents {

    /** The item, from the module that owns its type; empty for an unknown type or id. */
    Optional<ContentItem> find(ContentRef ref);

    /**
     * The items among {@code refs} that exist, by reference, of any types: each type's module is asked once for its
     * refs ({@link ContentSource#findAll}). Unknown types and ids are left out.
     */
    Map<ContentRef, ContentItem> findAll(Collection<ContentRef> refs);

    /** The module that owns the type. @throws org.iops.shared.NotFoundException for a type nobody owns */
    ContentSource sourceOf(ContentRef ref);

    /**
     * Whether the reader (null: a visitor) may see the item. A {@link ContentState#PUBLISHED} item by its
     * {@link Visibility}; a held or hidden one only by its author and those who may
     * {@link ContentActions#MODERATE moderate} its unit; a removed one only by them. An item with a parent is seen
     * only by those who may see the parent. No query beyond the reader's standing and memberships.
     */
    boolean maySee(@Nullable UUID reader, ContentItem item);

    /**
     * {@link #maySee} for many items at once, by reference (a page of search results, a list): the items among
     * {@code refs} that exist and that the reader may see, in the order given. Each parent is found once for the
     * whole call, and the reader's units are read once instead of once per members-of-the-unit item.
     */
    Map<ContentRef, ContentItem> visibleAmong(@Nullable UUID reader, Collection<ContentRef> refs);

    /** Whether the reader may moderate items of the unit (admins and moderators of it and every unit above). */
    boolean mayModerate(@Nullable UUID reader, UnitId unit);

    /**
     * Runs every {@link PostingRule} for a new item or an edit by {@code author} in {@code unit}.
     *
     * @throws PostingRefusedException when a rule refuses
     */
    PostingVerdict checkPosting(UUID author, UnitId unit, String markdown);

    /**
     * Announces an item the owning module has just written {@link ContentState#PENDING} because
     * {@link #checkPosting} answered {@link PostingVerdict#HOLD}, so that it waits in its unit's moderation queue.
     * Call in the writing transaction (publishes {@link ContentHeld}).
     */
    void held(ContentItem item);

    /**
     * What every {@link ContentAttachment} of this place shows with each of the items, in order: for a page of
     * items, one call. Items with nothing attached map to an empty list.
     */
    Map<ContentRef, List<Content>> attachments(List<ContentItem> items, ContentAttachment.Place place,
            @Nullable UUID reader, PageContext page);

    /**
     * The newest items the reader may see that live in any of {@code units} (not below them), from every module,
     * created before {@code before}, newest first, at most {@code limit}: a member's "what is new" page.
     */
    List<ContentItem> recentIn(Collection<UnitId> units, @Nullable UUID reader, Instant before, int limit);

    /**
     * Tells whoever keeps a copy of items (the search index) that the item was written, edited, translated, moved,
     * changed state or deleted: call it in the writing transaction, after the write, on every path. Publishes
     * {@link ContentChanged}, handled before this call returns.
     */
    void changed(ContentRef ref);
}
