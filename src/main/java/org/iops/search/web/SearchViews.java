package org.iops.search.web;

import java.time.Instant;
import java.util.List;
import org.iops.web.FormErrors;
import org.iops.web.FormOption;
import org.jspecify.annotations.Nullable;

/** What the search page shows one reader. */
public final class SearchViews {

    private SearchViews() {
    }

    /**
     * One result.
     *
     * @param excerpt safe HTML: the matching words of the item, escaped, with only the search's own {@code <mark>}s
     * @param authorSearch the same search limited to this author, or null for a former member
     */
    public record ResultView(String path, String title, String kindKey, String unitName, String unitPath, String authorName,
            @Nullable String authorSearch, Instant at, String excerpt, String languageName) {
    }

    /**
     * The page.
     *
     * @param noticeKey why there are no results to show (nothing asked yet, only common words...), or null
     * @param authorName the author the search is limited to, with {@code withoutAuthor} to lift it
 * @param first the first page of the same search, when this is a later one
     * @param broadAbove when more than this many items match, the newest come first rather than the best ranked (0: ranked)
     */
    public record SearchPageView(SearchForm form, FormErrors errors, List<ResultView> results, @Nullable String noticeKey,
            @Nullable String next, List<FormOption> units, List<FormOption> types, List<FormOption> languages,
            @Nullable String authorName, @Nullable String withoutAuthor, @Nullable String first, int broadAbove) {
    }
}
