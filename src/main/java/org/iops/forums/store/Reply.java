package org.iops.forums.store;

import java.time.Instant;
import java.util.UUID;
import org.iops.content.ContentItem;
import org.iops.content.ContentRef;
import org.iops.content.ContentState;
import org.iops.units.UnitId;
import org.jspecify.annotations.Nullable;

/**
 * A reply, numbered in its topic from 1. {@code quotedNumber} is the number of the reply it quotes, and
 * {@code quoted} says whether a later reply quotes this one (a deleted reply that is quoted leaves "reply removed").
 */
public record Reply(UUID id, UUID topicId, UUID unitId, int number, @Nullable UUID authorId, String body,
        @Nullable UUID quotedId, @Nullable Integer quotedNumber, ContentState state, @Nullable String stateReason,
        Instant createdAt, @Nullable Instant editedAt, boolean quoted) {

    public static final String TYPE = "forums.reply";

    public ContentRef ref() {
        return new ContentRef(TYPE, id);
    }

    public String path() {
        return "/replies/" + id;
    }

    /** The reply as the shared mechanisms see it; it reads with its topic's visibility and title. */
    public ContentItem item(Topic topic, boolean withParent) {
        String title = body.length() > 80 ? body.substring(0, 80) + "…" : body;
        return new ContentItem(ref(), new UnitId(unitId), authorId, topic.visibility(), state,
                title.isBlank() ? topic.title() : title.strip(), path(), topic.language(), createdAt, topic.closed(),
                withParent ? topic.ref() : null);
    }
}
