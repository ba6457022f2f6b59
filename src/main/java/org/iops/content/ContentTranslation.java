package org.iops.content;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A member's translation of an item's title and text into another language, itself an item of type
 * {@link #TYPE} (so that a held one waits in the moderation queue like any item).
 *
 * @param original the item translated (a blog post, a forum topic)
 * @param translator who wrote it; null once the account is erased ("former member")
 */
public record ContentTranslation(UUID id, ContentRef original, String language, @Nullable UUID translator,
        ContentState state, @Nullable String hiddenReason, String title, String body, Instant createdAt,
        Instant updatedAt) {

    /** The content type of translations, owned by this module. */
    public static final String TYPE = "content.translation";

    public ContentRef ref() {
        return new ContentRef(TYPE, id);
    }

    /** The translation as the shared mechanisms see it: in the original's unit, with its visibility, below it. */
    public ContentItem item(ContentItem of) {
        return new ContentItem(ref(), of.unit(), translator, of.visibility(), state, title, of.path() + "/" + language,
                language, createdAt, true, of.ref());
    }
}
