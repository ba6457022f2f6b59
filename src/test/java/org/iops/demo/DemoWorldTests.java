package org.iops.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The demo organization's towns lie in their real first-level regions. */
class DemoWorldTests {

    private static final Map<String, DemoWorld.Country> BY_CODE = DemoWorld.COUNTRIES.stream()
            .collect(Collectors.toMap(DemoWorld.Country::code, c -> c));

    @Test
    void knownTownsAreInTheirRealRegions() {
        assertThat(region("BR", "Porto Alegre")).isEqualTo("Rio Grande do Sul");
        assertThat(region("BR", "Recife")).isEqualTo("Pernambuco");
        assertThat(region("FR", "Marseille")).isEqualTo("Provence-Alpes-Côte d'Azur");
        assertThat(region("FR", "Lille")).isEqualTo("Hauts-de-France");
        assertThat(region("FR", "Rennes")).isEqualTo("Bretagne");
        assertThat(region("DE", "München")).isEqualTo("Bayern");
        assertThat(region("DE", "Köln")).isEqualTo("Nordrhein-Westfalen");
        assertThat(region("GB", "Glasgow")).isEqualTo("Scotland");
        assertThat(region("GB", "Cardiff")).isEqualTo("Wales");
        assertThat(region("US", "Oakland")).isEqualTo("California");
        assertThat(region("US", "Pittsburgh")).isEqualTo("Pennsylvania");
    }

    @Test
    void everyTownOfACountryWithRegionsHasOne() {
        for (DemoWorld.Country country : DemoWorld.COUNTRIES) {
            if (!country.regionOf().isEmpty()) {
                assertThat(country.regionOf().keySet()).as(country.code()).containsExactlyElementsOf(country.localities());
            }
        }
        assertThat(BY_CODE.get("BR").regions()).doesNotContain("Sul", "Sudeste", "Nordeste");
    }

    private static String region(String country, String town) {
        return BY_CODE.get(country).regionOf().get(town);
    }
}
