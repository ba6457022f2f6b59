package org.iops.search.web;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A checked search: the words, the filters (null: not filtered) and where the page starts.
 *
 * @param unit the unit whose items, and those of every unit below it, are searched
 * @param to the first moment no longer searched (the day after the last day asked for)
 */
record SearchCriteria(String words, @Nullable UUID unit, @Nullable String type, @Nullable UUID author,
        @Nullable Instant from, @Nullable Instant to, @Nullable String language, @Nullable Cursor after) {

    /** Where a page of results ends: the rank and the item of its last result. */
    record Cursor(float rank, String type, UUID id) {

        @Override
        public String toString() {
            return rank + "_" + type + "_" + id;
        }
    }
}
