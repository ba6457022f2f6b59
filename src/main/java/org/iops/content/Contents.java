package org.iops.content;

import java.util.Optional;
import java.util.UUID;
import org.iops.units.UnitId;
import org.jspecify.annotations.Nullable;

/** Finds any item of member content through its module's {@link ContentSource}, and applies the one rule of who sees what. */
public interface Contents {

    /** The item, from the module that owns its type; empty for an unknown type or id. */
    Optional<ContentItem> find(ContentRef ref);

    /** The module that owns the type. @throws org.iops.shared.NotFoundException for a type nobody owns */
    ContentSource sourceOf(ContentRef ref);

    /**
     * Whether the reader (null: a visitor) may see the item. A {@link ContentState#PUBLISHED} item by its
     * {@link Visibility}; a held or hidden one only by its author and those who may
     * {@link ContentActions#MODERATE moderate} its unit; a removed one only by them. An item with a parent is seen
     * only by those who may see the parent. No query beyond the reader's standing and memberships.
     */
    boolean maySee(@Nullable UUID reader, ContentItem item);

    /** Whether the reader may moderate items of the unit (admins and moderators of it and every unit above). */
    boolean mayModerate(@Nullable UUID reader, UnitId unit);

    /**
     * Runs every {@link PostingRule} for a new item or an edit by {@code author} in {@code unit}.
     *
     * @throws PostingRefusedException when a rule refuses
     */
    PostingVerdict checkPosting(UUID author, UnitId unit, String markdown);
}
