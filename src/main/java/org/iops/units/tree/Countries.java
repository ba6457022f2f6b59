package org.iops.units.tree;

import java.util.Locale;
import java.util.Set;
import org.iops.shared.CountryCodes;
import org.iops.units.UnknownCountryException;

/** ISO 3166-1 alpha-2 country codes, as the JDK knows them, of the inhabited countries and territories. */
final class Countries {

    private static final Set<String> CODES = CountryCodes.INHABITED;

    private Countries() {
    }

    /** The code in upper case, or an {@link UnknownCountryException}. */
    static String validate(String code) {
        String upper = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!CODES.contains(upper)) {
            throw new UnknownCountryException(code == null ? "" : code);
        }
        return upper;
    }

    /** The country's English name: stored as the branch's name; pages show it in the reader's language. */
    static String englishName(String code) {
        return new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    }
}
