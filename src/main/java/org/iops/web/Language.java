package org.iops.web;

import java.util.List;
import java.util.Locale;
import org.iops.shared.NotFoundException;

/** A language the interface ships in, with its name in that language. */
public record Language(String code, String nativeName) {

    public static final List<Language> SHIPPED = List.of(
            new Language("en", "English"),
            new Language("es", "Español"),
            new Language("fr", "Français"),
            new Language("de", "Deutsch"));

    /** The shipped language with this code ("fr"), or a 404: an address naming another language names no page. */
    public static Language parse(String code) {
        return SHIPPED.stream().filter(l -> l.code().equals(code)).findFirst()
                .orElseThrow(() -> new NotFoundException("language"));
    }

    public static boolean isShipped(Locale locale) {
        return SHIPPED.stream().anyMatch(l -> l.code().equals(locale.getLanguage()));
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }
}
