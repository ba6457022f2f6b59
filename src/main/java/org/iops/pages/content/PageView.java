package org.iops.pages.content;

import java.util.List;
import org.iops.web.Language;
import org.jspecify.annotations.Nullable;

/**
 * A page as a reader sees it: sanitized HTML in {@code language} (the introduction, then the sections). {@code missingTranslation}
 * names the reader's language when the page is shown in English because it has no text in that language yet;
 * {@code outdated} says that the English text was changed after this translation was last saved. {@code menu}
 * lists every page, titled in the reader's language.
 */
public record PageView(String slug, String title, String introduction, String body, List<Section> sections,
        String language, @Nullable Language missingTranslation, boolean outdated, List<MenuEntry> menu) {

    /** Long pages (the questions and answers) open with a list of their sections. */
    public boolean hasTableOfContents() {
        return sections.size() >= 5;
    }

}
