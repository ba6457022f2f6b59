package org.iops.convention.standing;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
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

    /** The table read with Commons CSV: {@code #} starts a comment line, blank lines are skipped. */
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setCommentMarker('#')
            .setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).get();

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
        try (Reader reader = new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8);
                CSVParser rows = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            for (CSVRecord row : rows) {
                if (row.size() != 2 || !CODES.contains(row.get(1))) {
                    throw new IllegalStateException(path + ": not a country and a continent on line "
                            + row.getRecordNumber() + ": " + row);
                }
                table.put(row.get(0), row.get(1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return table;
    }
}
