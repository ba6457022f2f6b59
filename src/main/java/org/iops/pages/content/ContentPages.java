package org.iops.pages.content;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Optional;
import org.iops.web.Language;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Reads pages for visitors, in their language or else in English. Rendered HTML is remembered per text version,
 * so a busy page is not parsed and sanitized on every request, and an edit (a new version) shows at once: a Caffeine
 * cache of {@code iops.pages.rendered-cache-size} texts (200), the least used going first.
 */
@Service
class ContentPages {

    static final String FALLBACK_LANGUAGE = "en";

    private final ContentPageRepository repository;
    private final MarkdownRenderer markdown;
    private final Cache<String, MarkdownRenderer.Rendered> rendered;

    ContentPages(ContentPageRepository repository, MarkdownRenderer markdown,
            @Value("${iops.pages.rendered-cache-size:200}") long renderedEntries) {
        this.repository = repository;
        this.markdown = markdown;
        this.rendered = Caffeine.newBuilder().maximumSize(renderedEntries).build();
    }

    Optional<PageView> read(String slug, String language) {
        Optional<PageText> text = repository.text(slug, language);
        Language missing = null;
        if (text.isEmpty() && !FALLBACK_LANGUAGE.equals(language)) {
            text = repository.text(slug, FALLBACK_LANGUAGE);
            missing = Language.SHIPPED.stream().filter(l -> l.code().equals(language)).findFirst().orElse(null);
        }
        Language missingTranslation = missing;
        return text.map(t -> {
            MarkdownRenderer.Rendered page = rendered(t);
            return new PageView(t.slug(), t.title(), page.introduction(), page.body(), page.sections(), t.language(),
                    missingTranslation, isOutdated(t), repository.menu(language));
        });
    }

    /** A translation is outdated when the English text, its source, was saved after it. */
    boolean isOutdated(PageText translation) {
        if (FALLBACK_LANGUAGE.equals(translation.language())) {
            return false;
        }
        return repository.text(translation.slug(), FALLBACK_LANGUAGE)
                .map(english -> english.updatedAt().isAfter(translation.updatedAt())).orElse(false);
    }

    private MarkdownRenderer.Rendered rendered(PageText text) {
        return rendered.get(text.slug() + "/" + text.language() + "/" + text.version(),
                key -> markdown.renderWithSections(text.body()));
    }

    String render(String markdownText) {
        return markdown.render(markdownText);
    }
}
