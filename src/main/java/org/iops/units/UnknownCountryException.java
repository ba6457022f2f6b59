package org.iops.units;

/** The country code is not an ISO 3166-1 alpha-2 code ({@link java.util.Locale#getISOCountries()}). */
public class UnknownCountryException extends InvalidResidenceException {

    public UnknownCountryException(String code) {
        super("country", "Unknown country code: " + (code.length() > 10 ? code.substring(0, 10) + "…" : code));
    }
}
