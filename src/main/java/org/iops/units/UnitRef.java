package org.iops.units;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A unit as other modules show it: enough to name it and link to its page ({@code /units/{id}}). */
public record UnitRef(UnitId id, UnitLevel level, String name, UnitStatus status) {

    /* A branch is stored under its country's English name; pages name it in the reader's language. */
    private static final Map<String, String> COUNTRY_BY_ENGLISH_NAME = Arrays.stream(Locale.getISOCountries())
            .collect(Collectors.toMap(code -> new Locale("", code).getDisplayCountry(Locale.ENGLISH),
                    Function.identity(), (first, second) -> first));

    public String path() {
        return "/units/" + id.value();
    }

    /** The name in the reader's language: a branch is named after its country, other units as they are called. */
    public String displayName(Locale reader) {
        String country = countryCode();
        return country == null ? name : new Locale("", country).getDisplayCountry(reader);
    }

    /** A branch's country (ISO 3166-1 alpha-2), or null for any other unit. */
    public @org.jspecify.annotations.Nullable String countryCode() {
        return level == UnitLevel.BRANCH ? COUNTRY_BY_ENGLISH_NAME.get(name) : null;
    }
}
