package org.iops.search.web;

import org.iops.search.index.SearchIndexer;

/**
 * Turns a {@code ts_headline} into safe HTML: everything the member wrote is escaped, then only the search's own
 * markers (characters no indexed text contains) become {@code <mark>} and {@code </mark>}.
 */
final class SearchExcerpts {

    private SearchExcerpts() {
    }

    static String html(String headline) {
        StringBuilder html = new StringBuilder(headline.length() + 32);
        boolean open = false;
        for (int i = 0; i < headline.length(); i++) {
            char c = headline.charAt(i);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                case SearchIndexer.MARK_START -> {
                    if (!open) {
                        html.append("<mark>");
                        open = true;
                    }
                }
                case SearchIndexer.MARK_END -> {
                    if (open) {
                        html.append("</mark>");
                        open = false;
                    }
                }
                default -> html.append(c);
            }
        }
        if (open) {
            html.append("</mark>");
        }
        return html.toString();
    }
}
