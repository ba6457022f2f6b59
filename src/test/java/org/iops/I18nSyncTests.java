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
import com.ibm.icu.text.MessagePattern;
import java.util.Locale;
import org.iops.web.IcuMessageSource;
import org.junit.jupiter.api.Test;

/**
 * Every UI string comes from the message files, and every language has every key: the build fails on a
 * hard-coded word in a template, on a key a template uses that does not exist, and on a key missing from a
 * language. Counts read right: a count is never formatted without a plural form (no {@code {0,number}}, no
 * figure printed beside a word that does not know the figure), and a translation keeps every plural form of the
 * English message.
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

    // a figure printed beside a word chosen without it: "<strong>1</strong> members"
    private static final Pattern FIGURE_BESIDE_WORD = Pattern.compile(
            "\\$\\{page\\.number\\((?:[^{}]|\\{[^{}]*\\})*?\\)\\}((?:(?!\\$\\{).){0,40}?)\\$\\{page\\.t\\(\"([\\w.-]+)\"\\)\\}");
    // a count turned into text before the message sees it cannot choose a plural form
    private static final Pattern FORMATTED_COUNT_ARGUMENT = Pattern.compile("page\\.t\\(\"[\\w.-]+\"[^\n]*?page\\.number\\(");

    @Test
    void noCountIsFormattedWithoutAPluralForm() throws IOException {
        Map<String, List<String>> found = new TreeMap<>();
        for (Path file : allBundles()) {
            load(file).forEach((key, value) -> {
                if (!numberArguments(value.toString()).isEmpty()) {
                    found.computeIfAbsent(file.getFileName().toString(), k -> new ArrayList<>())
                            .add(key + ": use {n, plural, one {# ...} other {# ...}}");
                }
            });
        }
        for (Path template : templates()) {
            String source = Files.readString(template);
            Matcher beside = FIGURE_BESIDE_WORD.matcher(source);
            while (beside.find()) {
                found.computeIfAbsent(TEMPLATES.relativize(template).toString(), k -> new ArrayList<>())
                        .add(beside.group(2) + " beside a figure: pass the figure to the message");
            }
            Matcher formatted = FORMATTED_COUNT_ARGUMENT.matcher(source);
            while (formatted.find()) {
                found.computeIfAbsent(TEMPLATES.relativize(template).toString(), k -> new ArrayList<>())
                        .add(formatted.group() + ": pass the number itself, the message formats it");
            }
        }
        assertThat(found).as("counts without a plural form").isEmpty();
    }

    @Test
    void translationsKeepThePluralFormsOfTheEnglishMessage() throws IOException {
        Map<String, List<String>> found = new TreeMap<>();
        for (Path base : baseBundles()) {
            Properties english = load(base);
            for (String language : LANGUAGES) {
                Path translated = base.resolveSibling(base.getFileName().toString()
                        .replace(".properties", "_" + language + ".properties"));
                Properties translation = Files.exists(translated) ? load(translated) : new Properties();
                for (String key : english.stringPropertyNames()) {
                    String other = translation.getProperty(key);
                    if (other != null && !pluralArguments(english.getProperty(key)).equals(pluralArguments(other))) {
                        found.computeIfAbsent(translated.getFileName().toString(), k -> new ArrayList<>())
                                .add(key + ": plural arguments " + pluralArguments(other) + ", English has "
                                        + pluralArguments(english.getProperty(key)));
                    }
                }
            }
        }
        assertThat(found).as("translations that lost or added a plural form").isEmpty();
    }

    @Test
    void everyPluralMessageFormatsZeroOneAndTwoInEveryLanguage() throws IOException {
        IcuMessageSource messages = messageSource();
        List<String> problems = new ArrayList<>();
        for (Path base : baseBundles()) {
            Properties english = load(base);
            for (String key : english.stringPropertyNames()) {
                Set<Integer> counts = pluralArguments(english.getProperty(key));
                if (counts.isEmpty()) {
                    continue;
                }
                for (String language : List.of("en", "es", "fr", "de")) {
                    for (int n = 0; n <= 2; n++) {
                        Object[] args = new Object[10];
                        for (int i = 0; i < args.length; i++) {
                            args[i] = counts.contains(i) ? (Object) n : "X";
                        }
                        try {
                            String text = messages.getMessage(key, args, Locale.forLanguageTag(language));
                            if (text.isBlank()) {
                                problems.add(key + " (" + language + ", " + n + ") is empty");
                            }
                        } catch (RuntimeException broken) {
                            problems.add(key + " (" + language + ", " + n + "): " + broken.getMessage());
                        }
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void countsReadRightForZeroOneAndTwo() {
        IcuMessageSource messages = messageSource();
        assertThat(render(messages, "units.people.notListed", "en")).containsExactly(
                "0 more, not listed here.", "1 more, not listed here.", "2 more, not listed here.");
        assertThat(render(messages, "units.people.notListed", "es")).containsExactly(
                "0 más, que no aparecen aquí.", "1 más, que no aparece aquí.", "2 más, que no aparecen aquí.");
        assertThat(render(messages, "units.people.notListed", "fr")).containsExactly(
                "0 de plus, qui n'apparaît pas ici.", "1 de plus, qui n'apparaît pas ici.",
                "2 de plus, qui n'apparaissent pas ici.");
        assertThat(render(messages, "units.people.notListed", "de")).containsExactly(
                "0 weitere, die hier nicht aufgeführt sind.", "1 weiteres, das hier nicht aufgeführt ist.",
                "2 weitere, die hier nicht aufgeführt sind.");
        assertThat(render(messages, "units.members.count", "en")).containsExactly(
                "0 members in all", "1 member in all", "2 members in all");
        assertThat(render(messages, "units.members.count", "es")).containsExactly(
                "0 miembros en total", "1 miembro en total", "2 miembros en total");
        assertThat(render(messages, "units.members.count", "fr")).containsExactly(
                "0 membre au total", "1 membre au total", "2 membres au total");
        assertThat(render(messages, "units.members.count", "de")).containsExactly(
                "0 Mitglieder insgesamt", "1 Mitglied insgesamt", "2 Mitglieder insgesamt");
        assertThat(render(messages, "units.figures.chapters", "en")).containsExactly("chapters", "chapter", "chapters");
        assertThat(render(messages, "units.figures.chapters", "es")).containsExactly("capítulos", "capítulo", "capítulos");
        assertThat(render(messages, "units.figures.chapters", "fr")).containsExactly("chapitre", "chapitre", "chapitres");
        assertThat(render(messages, "units.figures.chapters", "de"))
                .containsExactly("Ortsgruppen", "Ortsgruppe", "Ortsgruppen");
        assertThat(messages.getMessage("units.audit.action.MERGED_INTO", new Object[] {"", "Lyon", 1L},
                Locale.ENGLISH)).isEqualTo("Merged into Lyon; 1 membership moved");
        assertThat(messages.getMessage("members.me.sessionsEnded", new Object[] {2}, Locale.FRENCH))
                .isEqualTo("Vos 2 autres sessions sont fermées.");
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

    private static List<String> render(IcuMessageSource messages, String key, String language) {
        return java.util.stream.IntStream.rangeClosed(0, 2)
                .mapToObj(n -> messages.getMessage(key, new Object[] {n}, Locale.forLanguageTag(language))).toList();
    }

    private static IcuMessageSource messageSource() {
        IcuMessageSource messages = new IcuMessageSource();
        try (Stream<Path> files = Files.list(MESSAGES)) {
            messages.setBasenames(files.map(p -> p.getFileName().toString())
                    .filter(name -> !name.contains("_")).map(name -> "messages/" + name.replace(".properties", ""))
                    .toArray(String[]::new));
        } catch (IOException unreadable) {
            throw new java.io.UncheckedIOException(unreadable);
        }
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setAlwaysUseMessageFormat(true);
        return messages;
    }

    /** Argument numbers formatted as a bare number ({@code {0,number}}): a count with no plural form. */
    private static Set<Integer> numberArguments(String message) {
        return arguments(message, MessagePattern.ArgType.SIMPLE, "number");
    }

    private static Set<Integer> pluralArguments(String message) {
        return arguments(message, MessagePattern.ArgType.PLURAL, null);
    }

    private static Set<Integer> arguments(String message, MessagePattern.ArgType wanted, String simpleType) {
        MessagePattern pattern = new MessagePattern().parse(message);
        Set<Integer> found = new TreeSet<>();
        for (int i = 0; i < pattern.countParts() - 2; i++) {
            MessagePattern.Part part = pattern.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_START && part.getArgType() == wanted) {
                MessagePattern.Part name = pattern.getPart(i + 1);
                if (simpleType != null && !pattern.getSubstring(pattern.getPart(i + 2)).equals(simpleType)) {
                    continue;
                }
                found.add(name.getType() == MessagePattern.Part.Type.ARG_NUMBER ? name.getValue() : -1);
            }
        }
        return found;
    }

    private static List<Path> allBundles() throws IOException {
        try (Stream<Path> files = Files.list(MESSAGES)) {
            return files.filter(p -> p.toString().endsWith(".properties")).sorted().toList();
        }
    }

    private static List<Path> baseBundles() throws IOException {
        try (Stream<Path> files = Files.list(MESSAGES)) {
            return files.filter(p -> !p.getFileName().toString().contains("_")).sorted().toList();
        }
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".jte")).sorted().toList();
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
