package org.iops.search.index;

import java.util.List;
import java.util.Locale;

/** Which PostgreSQL text search configuration stems the words of an item, from the item's language. */
public final class SearchLanguages {

    /** The languages the interface and the stemming know; every other language is indexed word for word. */
    public static final List<String> STEMMED = List.of("en", "es", "fr", "de");

    /** Every configuration an item may be indexed in: a query is read in each of them. */
    public static final List<String> CONFIGS = List.of("english", "spanish", "french", "german", "simple");

    private SearchLanguages() {
    }

    /** {@code english}, {@code spanish}, {@code french}, {@code german}, or {@code simple} for any other language. */
    public static String config(String languageTag) {
        String language = languageTag.toLowerCase(Locale.ROOT);
        int dash = language.indexOf('-');
        return switch (dash < 0 ? language : language.substring(0, dash)) {
            case "en" -> "english";
            case "es" -> "spanish";
            case "fr" -> "french";
            case "de" -> "german";
            default -> "simple";
        };
    }
}
