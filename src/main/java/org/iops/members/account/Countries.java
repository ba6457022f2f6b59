package org.iops.members.account;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.iops.shared.CountryCodes;

/**
 * The countries a member may live in (ISO 3166-1 alpha-2, inhabited ones only), named and sorted in the reader's
 * language.
 */
public final class Countries {

    /** A country as a select option shows it. */
    public record Country(String code, String name) {
    }

    private static final Set<String> CODES = CountryCodes.INHABITED;

    private Countries() {
    }

    public static boolean isKnown(String code) {
        return code != null && CODES.contains(code);
    }

    public static List<Country> in(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        collator.setStrength(Collator.PRIMARY);
        return CODES.stream()
                .map(code -> new Country(code, new Locale("", code).getDisplayCountry(locale)))
                .sorted(Comparator.comparing(Country::name, collator))
                .toList();
    }
}
