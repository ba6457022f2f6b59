package org.iops.content;

/** What the {@link PostingRule}s decided about a new item: publish it, or hold it for a moderator's approval. */
public enum PostingVerdict {
    PUBLISH,
    HOLD;

    /** The item's state on creation. */
    public ContentState initialState() {
        return this == PUBLISH ? ContentState.PUBLISHED : ContentState.PENDING;
    }
}
