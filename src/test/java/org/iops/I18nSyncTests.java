package org.iops;

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
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every UI string comes from the message files, and every language has every key: the build fails on a
 * hard-coded word in a template, on a key a template uses that does not exist, and on a key missing from a
 * language. That counts read right in every language is {@link PluralFormsTests}'.
 */
class I18nSyncTests {

    static final List<String> LANGUAGES = List.of("es", "fr", "de");
    static final Path MESSAGES = Path.of("src/main/resources/messages");
    static final Path TEMPLATES = Path.of("src/main/jte");

    private static final Pattern EXPRESSION = Pattern.compile("(?:\\$unsafe|[$!])\\{(?:[^{}]|\\{[^{}]*\\})*\\}");
    private static final Pattern TEMPLATE_CALL = Pattern.compile("@template\\.[\\w.]+\\((?:[^`]*?)(?:@`|\\)\\s*$)",
            Pattern.MULTILINE | Pattern.DOTALL);
    private static final Pattern DIRECTIVE_LINE = Pattern.compile("^\\s*@.*$", Pattern.MULTILINE);
    private static final Pattern COMMENT = Pattern.compile("<%--.*?--%>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]*>", Pattern.DOTALL);
    private static final Pattern TEXT_ATTRIBUTE = Pattern.compile(
            "\\b(?:title|alt|placeholder|aria-label|aria-description|value|label)\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern LETTER = Pattern.compile("\\p{L}{2,}");
    private static final Pattern KEY_USE = Pattern.compile("\\bt\\(\"([\\w.-]+)\"\\s*[,)]");

    @Test
    void everyLanguageHasEveryKey() throws IOException {
        Map<String, List<String>> problems = new TreeMap<>();
        for (Path base : baseBundles()) {
            Set<String> keys = load(base).stringPropertyNames();
            for (String language : LANGUAGES) {
                Path translated = base.resolveSibling(base.getFileName().toString()
                        .replace(".properties", "_" + language + ".properties"));
                Properties translation = Files.exists(translated) ? load(translated) : new Properties();
                Set<String> missing = new TreeSet<>(keys);
                missing.removeAll(translation.stringPropertyNames());
                Set<String> extra = new TreeSet<>(translation.stringPropertyNames());
                extra.removeAll(keys);
                Set<String> empty = new TreeSet<>();
                translation.forEach((k, v) -> {
                    if (v.toString().isBlank()) {
                        empty.add(k.toString());
                    }
                });
                if (!missing.isEmpty() || !extra.isEmpty() || !empty.isEmpty()) {
                    problems.computeIfAbsent(translated.toString(), k -> new ArrayList<>())
                            .add("missing " + missing + ", not in English " + extra + ", empty " + empty);
                }
            }
        }
        assertThat(problems).as("message keys out of sync").isEmpty();
    }

    @Test
    void templatesHaveNoHardCodedText() throws IOException {
        Map<String, List<String>> found = new TreeMap<>();
        for (Path template : templates()) {
            String source = Files.readString(template);
            String code = COMMENT.matcher(source).replaceAll("");
            code = TEMPLATE_CALL.matcher(code).replaceAll("");
            code = EXPRESSION.matcher(code).replaceAll("");
            code = DIRECTIVE_LINE.matcher(code).replaceAll("");
            code = code.replace("`)", "");
            List<String> hits = new ArrayList<>();
            Matcher attributes = TEXT_ATTRIBUTE.matcher(code);
            while (attributes.find()) {
                if (LETTER.matcher(attributes.group(1)).find() && !attributes.group(1).startsWith("{")) {
                    hits.add(attributes.group());
                }
            }
            for (String text : TAG.matcher(code).replaceAll("\n").split("\n")) {
                if (LETTER.matcher(text).find()) {
                    hits.add(text.strip());
                }
            }
            if (!hits.isEmpty()) {
                found.put(TEMPLATES.relativize(template).toString(), hits);
            }
        }
        assertThat(found).as("hard-coded text in templates: use page.t(\"key\")").isEmpty();
    }

    @Test
    void everyKeyATemplateUsesExists() throws IOException {
        Set<String> known = new TreeSet<>();
        for (Path base : baseBundles()) {
            known.addAll(load(base).stringPropertyNames());
        }
        Map<String, Set<String>> unknown = new TreeMap<>();
        for (Path template : templates()) {
            Matcher uses = KEY_USE.matcher(Files.readString(template));
            while (uses.find()) {
                if (!known.contains(uses.group(1))) {
                    unknown.computeIfAbsent(TEMPLATES.relativize(template).toString(), k -> new TreeSet<>())
                            .add(uses.group(1));
                }
            }
        }
        assertThat(unknown).as("message keys used in templates but not defined").isEmpty();
    }

    @Test
    void germanCallsAChapterOrtsgruppeEverywhere() throws IOException {
        Map<String, List<String>> found = new TreeMap<>();
        for (Path file : allBundles()) {
            if (file.getFileName().toString().endsWith("_de.properties")) {
                load(file).forEach((key, value) -> {
                    if (value.toString().matches("(?s).*\\bChapter\\w*.*")) {
                        found.computeIfAbsent(file.getFileName().toString(), k -> new ArrayList<>()).add(key.toString());
                    }
                });
            }
        }
        assertThat(found).as("German messages saying Chapter instead of Ortsgruppe").isEmpty();
    }

    static List<Path> allBundles() throws IOException {
        try (Stream<Path> files = Files.list(MESSAGES)) {
            return files.filter(p -> p.toString().endsWith(".properties")).sorted().toList();
        }
    }

    static List<Path> baseBundles() throws IOException {
        try (Stream<Path> files = Files.list(MESSAGES)) {
            return files.filter(p -> !p.getFileName().toString().contains("_")).sorted().toList();
        }
    }

    static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".jte")).sorted().toList();
        }
    }

    static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
