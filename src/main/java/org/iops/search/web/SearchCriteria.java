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

    /**
     * Where a page of results ends: its last result, by rank, or by time when the search matched so many items that
     * the newest come first.
     */
    record Cursor(boolean newest, float rank, Instant at, String type, UUID id) {

        @Override
        public String toString() {
            return newest ? "n" + (at.getEpochSecond() * 1_000_000 + at.getNano() / 1_000) + "_" + type + "_" + id
                    : "r" + rank + "_" + type + "_" + id;
        }
    }
}
