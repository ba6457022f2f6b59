package org.iops.content;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.iops.web.FormOption;
import org.iops.web.PageContext;
import org.jspecify.annotations.Nullable;

/**
 * The translation editor's page (template {@code content/translate.jte}), for any module's items: the original beside
 * the form, the languages still free, and a refusal of the posting rules if there was one. Built for one reader.
 *
 * @param heading the page's title ("Translate this topic", "Edit the translation into Español")
 * @param action where the form posts
 * @param adding a new translation (the language is chosen) rather than an edit of one
 * @param mentions the original's ref, for mention suggestions in the text
 */
public record TranslationEditor(String heading, String action, boolean adding, List<FormOption> languages,
        String language, String title, String body, ContentItem original, String originalBody, String mentions,
        @Nullable String refusal, Object[] refusalArgs) {

    /**
     * The editor of a new translation of {@code original} ({@code adding}) or of its translation into
     * {@code language}: posting to the original's path followed by {@code /translate} or {@code /<language>/edit}, offering
     * the languages that are neither the original's nor taken by {@code existing}; {@code refused} when a posting rule
     * refused what was sent (null otherwise). The page is headed by {@code newHeadingKey} (the module's "Translate this
     * post") for a new translation, "Edit the translation into …" for an edit.
     */
    public static TranslationEditor of(PageContext page, String newHeadingKey, ContentItem original,
            String originalBody, List<ContentTranslation> existing, boolean adding, String language, String title,
            String body, @Nullable PostingRefusedException refused) {
        Locale reader = page.locale();
        String heading = adding ? page.t(newHeadingKey)
                : page.t("content.translation.editTitle", ContentLanguages.name(language, reader));
        Set<String> taken = existing.stream().map(ContentTranslation::language).collect(Collectors.toSet());
        List<FormOption> free = ContentLanguages.options(reader).stream()
                .filter(o -> !o.value().equals(original.language()) && !taken.contains(o.value())).toList();
        return new TranslationEditor(heading, original.path() + (adding ? "/translate" : "/" + language + "/edit"),
                adding, free, language, title, body, original, originalBody, original.ref().toString(),
                refused == null ? null : refused.messageKey(), refused == null ? new Object[0] : refused.arguments());
    }
}
