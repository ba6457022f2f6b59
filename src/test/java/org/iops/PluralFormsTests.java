package org.iops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iops.I18nSyncTests.LANGUAGES;
import static org.iops.I18nSyncTests.MESSAGES;
import static org.iops.I18nSyncTests.TEMPLATES;
import static org.iops.I18nSyncTests.allBundles;
import static org.iops.I18nSyncTests.baseBundles;
import static org.iops.I18nSyncTests.load;
import static org.iops.I18nSyncTests.templates;

import com.ibm.icu.text.MessagePattern;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.iops.web.IcuMessageSource;
import org.junit.jupiter.api.Test;

/**
 * Counts read right in every language: a count is never formatted without a plural form (no {@code {0,number}}, no
 * figure printed beside a word that does not know the figure), a translation keeps every plural form of the English
 * message, and every plural message formats 0, 1 and 2 in every language.
 */
class PluralFormsTests {

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
                .isEqualTo("Tes 2 autres sessions sont fermées.");
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

}
