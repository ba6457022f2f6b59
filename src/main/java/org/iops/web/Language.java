package org.iops.web;

import java.util.List;
import java.util.Locale;

/** A language the interface ships in, with its name in that language. */
public record Language(String code, String nativeName) {

    public static final List<Language> SHIPPED = List.of(
            new Language("en", "English"),
            new Language("es", "Español"),
            new Language("fr", "Français"),
            new Language("de", "Deutsch"));

    public static boolean isShipped(Locale locale) {
        return SHIPPED.stream().anyMatch(l -> l.code().equals(locale.getLanguage()));
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }
}
