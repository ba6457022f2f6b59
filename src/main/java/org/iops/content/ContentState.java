package org.iops.content;

/** Where an item stands with moderation. Only {@link #PUBLISHED} items are shown to readers other than the author and moderators. */
public enum ContentState {
    /** Shown to everyone its visibility allows. */
    PUBLISHED,
    /** Held by a {@link PostingRule} until a moderator approves it: seen only by its author and the moderators. */
    PENDING,
    /** Hidden by a moderator: others see the reason in its place, the author and moderators see the item. */
    HIDDEN,
    /** Removed (spam, or deleted by its author): nobody but moderators sees it; replies keep "removed" in its place. */
    REMOVED
}
