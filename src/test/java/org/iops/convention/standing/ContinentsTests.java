package org.iops.convention.standing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The continents table covers every country a member can live in. */
class ContinentsTests {

    @Test
    void everyIsoCountryHasAContinent() {
        Continents continents = new Continents();
        assertThat(Arrays.stream(Locale.getISOCountries()).filter(code -> continents.of(code) == null))
                .as("countries without a continent").isEmpty();
        assertThat(continents.of("BR")).isEqualTo("SA");
        assertThat(continents.of("KE")).isEqualTo("AF");
        assertThat(continents.of("NZ")).isEqualTo("OC");
        assertThat(continents.of("MX")).isEqualTo("NA");
        assertThat(continents.of(null)).isNull();
        assertThat(continents.all().values()).allMatch(Continents.CODES::contains);
    }
}
