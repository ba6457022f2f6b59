package org.iops.content;

import java.time.Instant;

/**
 * An item was written {@link ContentState#PENDING} because a {@link PostingRule} held it: it waits in the moderation
 * queue of its unit until a moderator approves or removes it. Published by {@link Contents#held}, in the writing
 * transaction.
 */
public record ContentHeld(ContentItem item, Instant at) {
}
