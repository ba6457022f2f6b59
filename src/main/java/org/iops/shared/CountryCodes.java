package org.iops.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The countries and territories a member can live in: the ISO 3166-1 alpha-2 codes the JDK knows, without the
 * territories where nobody lives (Antarctica, Bouvet Island and the like), which a country list must not offer.
 */
public final class CountryCodes {

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

    private CountryCodes() {
    }
}
