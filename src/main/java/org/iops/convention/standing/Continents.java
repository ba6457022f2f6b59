package org.iops.convention.standing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The continent of each country, from the resource table {@code convention/continents.csv} (ISO 3166-1 alpha-2 code,
 * continent code: AF, AN, AS, EU, NA, OC, SA). Data, not code: correct a country there.
 */
@Component
public class Continents {

    public static final Set<String> CODES = Set.of("AF", "AN", "AS", "EU", "NA", "OC", "SA");

    private final Map<String, String> byCountry;

    public Continents() {
        this.byCountry = read("convention/continents.csv");
    }

    /** The continent of the country, or null for an unknown or missing code. */
    public @Nullable String of(@Nullable String countryCode) {
        return countryCode == null ? null : byCountry.get(countryCode);
    }

    public Map<String, String> all() {
        return Map.copyOf(byCountry);
    }

    private static Map<String, String> read(String path) {
        Map<String, String> table = new HashMap<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8))) {
            lines.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .forEach(line -> {
                        String[] cells = line.split(",");
                        if (cells.length != 2 || !CODES.contains(cells[1].strip())) {
                            throw new IllegalStateException(path + ": not a country and a continent: " + line);
                        }
                        table.put(cells[0].strip(), cells[1].strip());
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return table;
    }
}
