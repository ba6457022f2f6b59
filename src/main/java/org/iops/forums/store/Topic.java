package org.iops.forums.store;

import java.time.Instant;
import java.util.UUID;
import org.iops.content.ContentItem;
import org.iops.content.ContentRef;
import org.iops.content.ContentState;
import org.iops.content.Visibility;
import org.iops.units.UnitId;
import org.jspecify.annotations.Nullable;

/** A topic: its opening post, where it lives and how it stands; {@code lastNumber} is the number of its last reply. */
public record Topic(UUID id, UUID categoryId, UUID unitId, @Nullable UUID authorId, String title, String body,
        String language, Visibility visibility, ContentState state, @Nullable String stateReason, boolean pinned,
        boolean closed, int lastNumber, Instant createdAt, @Nullable Instant editedAt, Instant lastActivityAt) {

    public static final String TYPE = "forums.topic";

    public ContentRef ref() {
        return new ContentRef(TYPE, id);
    }

    public String path() {
        return "/topics/" + id;
    }

    public ContentItem item() {
        return new ContentItem(ref(), new UnitId(unitId), authorId, visibility, state, title, path(), language,
                createdAt, closed || state == ContentState.REMOVED, null);
    }
}
