/**
 * Full-text search over every item of member content (blog posts, forum topics and replies, comments, and whatever
 * later module implements a {@code ContentSource}): one PostgreSQL index table kept current in the transaction that
 * writes each item ({@code content.ContentChanged}), stemmed in the item's language, and the page {@code /search}
 * with filters by unit, type, author, date and language, ranked, highlighted, and showing a reader only what
 * {@code Contents.maySee} lets them see.
 *
 * <p>API: none beyond its pages; {@link org.iops.search.SearchPaths} builds links to them. See {@code docs/search.md}.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Search",
        allowedDependencies = {"content", "demo", "members", "shared", "text", "units", "web"})
package org.iops.search;
