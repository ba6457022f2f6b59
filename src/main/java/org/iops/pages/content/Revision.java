package org.iops.pages.content;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One saved state of a page in one language. Never changed once written; restoring an old revision writes a
 * new one ({@code restoredFrom} says which). The author is null for the text installed with the platform and
 * for editors whose account was deleted.
 */
public record Revision(String slug, String language, int version, String title, String body, @Nullable String note,
        @Nullable UUID authorId, @Nullable String authorName, @Nullable Integer restoredFrom, Instant createdAt) {
}
