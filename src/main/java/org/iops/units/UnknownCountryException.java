package org.iops.units;

import org.iops.shared.Countries;

/** The country code is not an ISO 3166-1 alpha-2 code ({@link java.util.Locale#getISOCountries()}). */
public class UnknownCountryException extends InvalidResidenceException {

    public UnknownCountryException(String code) {
        super("country", "Unknown country code: " + (code.length() > 10 ? code.substring(0, 10) + "…" : code));
    }

    /** The code in upper case when it names a country a member may live in ({@link Countries}), else this exception. */
    public static String requireKnown(String code) {
        String known = Countries.normalized(code);
        if (known == null) {
            throw new UnknownCountryException(code == null ? "" : code);
        }
        return known;
    }
}
