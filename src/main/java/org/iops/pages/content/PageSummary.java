package org.iops.pages.content;

import java.util.Map;

/** A page as the admin list shows it: its slug and, per language that has a text, that text's version. */
public record PageSummary(String slug, String englishTitle, Map<String, PageText> texts) {

    public boolean translatedInto(String language) {
        return texts.containsKey(language);
    }

    /** The revision number of the language's text, 0 if it has none. */
    public int version(String language) {
        PageText text = texts.get(language);
        return text == null ? 0 : text.version();
    }
}
