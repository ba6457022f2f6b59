package org.iops.content;

import gg.jte.Content;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iops.web.PageContext;
import org.jspecify.annotations.Nullable;

/**
 * Contribution: something shown with items of member content whatever module owns them, the way comments and
 * reactions attach to posts, topics, replies, and later events and proposals. The owning module's page asks
 * {@link Contents#attachments} for its items and shows each attachment where its {@link Place} says; the page knows
 * nothing of the attaching module, and the attachment nothing of the page.
 */
public interface ContentAttachment {

    /** Where on the page an attachment goes. */
    enum Place {
        /** In the footer of each item, also in lists (a topic's replies): reactions. */
        FOOTER,
        /** Below the item on its own page: the comments. */
        BELOW
    }

    Place place();

    /** Its place among the attachments of the same {@link Place}: lower first. */
    int order();

    /** Whether it attaches to items of this content type: every type unless it says otherwise. */
    default boolean attachesTo(String type) {
        return true;
    }

    /**
     * The attachment for each item (every item given passed {@link Contents#maySee} for this reader), all at once so
     * that a page of twenty replies costs one query, not twenty; items it has nothing for are left out.
     */
    Map<ContentRef, Content> render(List<ContentItem> items, @Nullable UUID reader, PageContext page);
}
