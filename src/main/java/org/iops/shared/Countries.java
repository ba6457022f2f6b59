package org.iops.shared;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The countries and territories a member can live in: the ISO 3166-1 alpha-2 codes the JDK knows, without the
 * territories where nobody lives (Antarctica, Bouvet Island and the like), which a country list must not offer.
 * The one list for every module: the join form's choices, residence placement and branch names.
 */
public final class Countries {

    /** A country as a list shows it: its code and its name in the reader's language. */
    public record Country(String code, String name) {
    }

    /** Territories with no permanent population: only research stations or military bases, or nobody at all. */
    static final Set<String> UNINHABITED = Set.of(
            "AQ", // Antarctica
            "BV", // Bouvet Island
            "HM", // Heard Island and McDonald Islands
            "TF", // French Southern Territories
            "GS", // South Georgia and the South Sandwich Islands
            "UM", // United States Minor Outlying Islands
            "IO"); // British Indian Ocean Territory

    /** Every code a member may give as their country. */
    public static final Set<String> INHABITED = Arrays.stream(Locale.getISOCountries())
            .filter(code -> !UNINHABITED.contains(code))
            .collect(Collectors.toUnmodifiableSet());

    private Countries() {
    }

    /** Whether the code, exactly as given, is one a member may live in. */
    public static boolean isKnown(@Nullable String code) {
        return code != null && INHABITED.contains(code);
    }

    /** The code stripped and in upper case when it names a country a member may live in ("de " is DE), else null. */
    public static @Nullable String normalized(@Nullable String code) {
        String upper = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        return INHABITED.contains(upper) ? upper : null;
    }

    /** The countries named and sorted in the reader's language. */
    public static List<Country> in(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        collator.setStrength(Collator.PRIMARY);
        return INHABITED.stream()
                .map(code -> new Country(code, new Locale("", code).getDisplayCountry(locale)))
                .sorted(Comparator.comparing(Country::name, collator))
                .toList();
    }

    /** The country's English name: stored as a branch's name; pages show it in the reader's language. */
    public static String englishName(String code) {
        return new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    }
}
