package org.iops.content;

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
import org.iops.web.PageContext;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The languages member content may be written or translated in: the four of the interface, then every ISO 639-1
 * language, each named in the reader's language (the interface's own four in themselves). Also what a page of member
 * content shows about languages: the "Also in" switch between an item and its translations, and a list's filter.
 */
public final class ContentLanguages {

    private static final Set<String> KNOWN = Arrays.stream(Locale.getISOLanguages())
            .filter(code -> code.length() == 2).collect(Collectors.toUnmodifiableSet());

    private ContentLanguages() {
    }

    public static boolean isKnown(String code) {
        return code != null && KNOWN.contains(code);
    }

    /** The language's name for this reader: "Español" for es whatever the reader's language, "japonés" for ja in Spanish. */
    public static String name(String code, Locale reader) {
        for (Language shipped : Language.SHIPPED) {
            if (shipped.code().equals(code)) {
                return shipped.nativeName();
            }
        }
        String name = Locale.forLanguageTag(code).getDisplayLanguage(reader);
        return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(reader) + name.substring(1);
    }

    public static List<FormOption> options(Locale reader) {
        List<FormOption> options = new ArrayList<>();
        Language.SHIPPED.forEach(l -> options.add(FormOption.inLanguage(l.code(), l.nativeName(), l.code())));
        Collator collator = Collator.getInstance(reader);
        KNOWN.stream().filter(code -> Language.SHIPPED.stream().noneMatch(l -> l.code().equals(code)))
                .map(code -> FormOption.of(code, name(code, reader)))
                .sorted(Comparator.comparing(FormOption::label, collator))
                .forEach(options::add);
        return options;
    }

    /** One language of the "Also in" switch: the original or a translation, and whether it is the one shown. */
    public record LanguageLink(String code, String name, String href, boolean current, boolean original) {
    }

    /** One choice of a list's language filter ({@code code} empty for "all languages"). */
    public record LanguageFilter(String code, String name, String href, boolean current) {
    }

    /**
     * The "Also in" switch of an item at {@code path} written in {@code language}: the original, then each translation
     * the reader may see, at {@code path/<language>}; {@code shown} is the translation on the page (null: the original).
     * Empty when there is no translation.
     */
    public static List<LanguageLink> switchOf(String path, String language, List<ContentTranslation> translations,
            @Nullable String shown, Locale reader) {
        List<LanguageLink> links = new ArrayList<>();
        if (!translations.isEmpty()) {
            links.add(new LanguageLink(language, name(language, reader), path, shown == null, true));
            translations.forEach(t -> links.add(new LanguageLink(t.language(), name(t.language(), reader),
                    path + "/" + t.language(), t.language().equals(shown), false)));
        }
        return links;
    }

    /** The language asked for in a list's {@code ?language=}, if it is one; anything else shows every language. */
    public static @Nullable String known(@Nullable String language) {
        return language != null && isKnown(language) ? language : null;
    }

    /**
     * The language filter of a list at {@code path}: all, then each of {@code languages} (the languages its items are
     * written in), as {@code ?language=}. None when the items are all in one language.
     */
    public static List<LanguageFilter> filters(List<String> languages, String path, @Nullable String current,
            PageContext page) {
        List<LanguageFilter> filters = new ArrayList<>();
        if (languages.size() > 1) {
            filters.add(new LanguageFilter("", page.t("content.languages.all"), path, current == null));
            languages.forEach(code -> filters.add(new LanguageFilter(code, name(code, page.locale()),
                    UriComponentsBuilder.fromPath(path).queryParam("language", code).build().toUriString(),
                    code.equals(current))));
        }
        return filters;
    }
}
