package org.iops.blogs.posts;

import java.time.Instant;
import java.util.UUID;
import org.iops.blogs.PostId;
import org.iops.content.ContentItem;
import org.iops.content.ContentState;
import org.iops.content.Visibility;
import org.iops.units.UnitId;
import org.jspecify.annotations.Nullable;

/**
 * A blog post as stored. {@code state} is {@code DRAFT} (the author's only) or a {@link ContentState}; a draft is no
 * content yet, so the shared mechanisms never see it.
 */
record Post(UUID id, @Nullable UUID author, UUID unit, Visibility visibility, String state, String language,
        String title, String body, @Nullable String hiddenReason, Instant createdAt, @Nullable Instant publishedAt,
        @Nullable Instant editedAt, int version) {

    static final String DRAFT = "DRAFT";

    boolean isDraft() {
        return DRAFT.equals(state);
    }

    /** The moderation state; a draft has none. */
    ContentState contentState() {
        return ContentState.valueOf(state);
    }

    PostId postId() {
        return new PostId(id);
    }

    /** What the shared mechanisms know of it (not for a draft). */
    ContentItem item() {
        return item(contentState());
    }

    /** As {@link #item()}, as if it were in {@code state}: who would see it, hidden reason aside. */
    ContentItem item(ContentState as) {
        return new ContentItem(postId().ref(), new UnitId(unit), author, visibility, as, title, postId().path(),
                language, publishedAt == null ? createdAt : publishedAt, false, null);
    }

    boolean isAuthor(@Nullable UUID reader) {
        return reader != null && reader.equals(author);
    }
}
