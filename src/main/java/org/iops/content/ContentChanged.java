package org.iops.content;

/**
 * An item of member content was written, edited, translated, moved, changed state (held, hidden, removed, approved)
 * or deleted. Published by {@link Contents#changed} in the writing transaction and delivered there, synchronously,
 * so that what keeps a copy of items (the search index) changes in the same transaction or not at all. What the
 * item now is comes from {@link Contents#find}: nothing when it is gone.
 */
public record ContentChanged(ContentRef ref) {
}
