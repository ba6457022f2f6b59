package org.iops.pages.content;

import org.iops.web.Language;
import org.jspecify.annotations.Nullable;

/**
 * A page as a reader sees it: sanitized HTML in {@code language}. {@code missingTranslation} names the reader's
 * language when the page is shown in English because it has no text in that language yet.
 */
public record PageView(String slug, String title, String html, String language, @Nullable Language missingTranslation) {
}
