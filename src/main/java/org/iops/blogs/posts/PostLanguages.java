package org.iops.blogs.posts;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.iops.web.FormOption;
import org.iops.web.Language;

/**
 * The languages a post may be written in: the four of the interface, then every ISO 639-1 language, each named in
 * the reader's language (the interface's own four in themselves).
 */
final class PostLanguages {

    private static final Set<String> KNOWN = Arrays.stream(Locale.getISOLanguages())
            .filter(code -> code.length() == 2).collect(Collectors.toUnmodifiableSet());

    private PostLanguages() {
    }

    static boolean isKnown(String code) {
        return code != null && KNOWN.contains(code);
    }

    /** The language's name for this reader: "Español" for es whatever the reader's language, "japonés" for ja in Spanish. */
    static String name(String code, Locale reader) {
        for (Language shipped : Language.SHIPPED) {
            if (shipped.code().equals(code)) {
                return shipped.nativeName();
            }
        }
        String name = Locale.forLanguageTag(code).getDisplayLanguage(reader);
        return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(reader) + name.substring(1);
    }

    static List<FormOption> options(Locale reader) {
        List<FormOption> options = new ArrayList<>();
        Language.SHIPPED.forEach(l -> options.add(FormOption.inLanguage(l.code(), l.nativeName(), l.code())));
        Collator collator = Collator.getInstance(reader);
        KNOWN.stream().filter(code -> Language.SHIPPED.stream().noneMatch(l -> l.code().equals(code)))
                .map(code -> FormOption.of(code, name(code, reader)))
                .sorted(Comparator.comparing(FormOption::label, collator))
                .forEach(options::add);
        return options;
    }
}
