package org.iops.comments.thread;

import java.time.Instant;
import java.util.UUID;
import org.iops.content.ContentRef;
import org.iops.content.ContentState;
import org.jspecify.annotations.Nullable;

/**
 * One comment as stored.
 *
 * @param item the commented item
 * @param thread the first comment of its thread for a reply; null for a thread's first comment
 * @param replyingTo the comment it answers (the thread's first comment or another reply), null for a thread
 * @param author null once the author's account is gone ("former member")
 * @param deleted when its author deleted it while replies remained ("comment removed" in its place)
 */
public record Comment(UUID id, ContentRef item, @Nullable UUID thread, @Nullable UUID replyingTo,
        @Nullable UUID author, String body, ContentState state, @Nullable String reason, Instant created,
        @Nullable Instant edited, @Nullable Instant deleted) {

    /** The content type of comments, owned by this module. */
    public static final String TYPE = "comments.comment";

    /** The longest comment, in characters. */
    public static final int MAX_LENGTH = 20_000;

    public ContentRef ref() {
        return new ContentRef(TYPE, id);
    }

    /** The thread this comment is part of: its own id for a thread's first comment. */
    public UUID threadId() {
        return thread == null ? id : thread;
    }

    public boolean isReply() {
        return thread != null;
    }

    /** Removed by its author or a moderator: only "comment removed" shows, where replies keep it. */
    public boolean removed() {
        return state == ContentState.REMOVED;
    }

    /** Whether {@code member} wrote it (never for a former member's comment). */
    public boolean writtenBy(@Nullable UUID member) {
        return member != null && member.equals(author);
    }

    /** The first words, for lists, queues and emails. */
    public String title() {
        String flat = body.replaceAll("\\s+", " ").strip();
        return flat.length() <= 80 ? flat : flat.substring(0, 79).strip() + "…";
    }
}
