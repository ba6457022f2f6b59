package org.iops.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The organization is one of equals, so the interface says du (German), tu (French) and tú (Spanish) everywhere,
 * emails included (docs/adding-a-module.md, "Form of address"). The build fails on a string that addresses the
 * member formally, so that a new bundle cannot bring "Sie", "vous" or "usted" back.
 */
class AddressFormTests {

    private static final Path MESSAGES = Path.of("src/main/resources/messages");

    /** Keys where "Sie"/"Ihr" is about someone else: they, she, its. */
    private static final Set<String> GERMAN_THIRD_PERSON = Set.of(
            "units.activity.CHAPTER_FOUNDED");

    @Test
    void germanSaysDu() throws IOException {
        Map<String, List<String>> formal = new TreeMap<>();
        for (Path file : bundles("_de")) {
            load(file).forEach((key, value) -> {
                String text = value.toString();
                if (!GERMAN_THIRD_PERSON.contains(key.toString())
                        && FormalAddress.germanFormal(text)) {
                    formal.computeIfAbsent(file.getFileName().toString(), k -> new ArrayList<>()).add(key + "=" + text);
                }
            });
        }
        assertThat(formal).as("German strings saying Sie/Ihr: write du/dein").isEmpty();
    }

    @Test
    void frenchSaysTu() throws IOException {
        assertThat(matching("_fr", FormalAddress.FRENCH))
                .as("French strings saying vous/votre/vos: write tu/ton/ta/tes").isEmpty();
    }

    @Test
    void spanishSaysTu() throws IOException {
        assertThat(matching("_es", FormalAddress.SPANISH)).as("Spanish strings saying usted: write tú").isEmpty();
    }

    private static Map<String, List<String>> matching(String language, Pattern pattern) throws IOException {
        Map<String, List<String>> found = new TreeMap<>();
        for (Path file : bundles(language)) {
            load(file).forEach((key, value) -> {
                if (pattern.matcher(value.toString()).find()) {
                    found.computeIfAbsent(file.getFileName().toString(), k -> new ArrayList<>()).add(key + "=" + value);
                }
            });
        }
        return found;
    }

    private static List<Path> bundles(String language) throws IOException {
        try (Stream<Path> files = Files.list(MESSAGES)) {
            List<Path> found = files.filter(p -> p.getFileName().toString().endsWith(language + ".properties"))
                    .sorted().toList();
            assertThat(found).as("bundles for " + language).isNotEmpty();
            return found;
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
