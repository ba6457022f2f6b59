package org.iops.pages.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iops.shared.PersonalData;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pages module's part of a member's data: the page revisions they wrote. When the account goes, their name
 * leaves those revisions, which then read "former member"; the text stays, as the page's history needs it.
 */
@Component
@Order(200)
class PageAuthors implements PersonalData {

    private final ContentPageRepository pages;

    PageAuthors(ContentPageRepository pages) {
        this.pages = pages;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> export(UUID memberId) {
        List<Map<String, Object>> revisions = pages.revisionsBy(memberId).stream().map(r -> {
            Map<String, Object> revision = new LinkedHashMap<>();
            revision.put("page", r.slug());
            revision.put("language", r.language());
            revision.put("version", r.version());
            revision.put("title", r.title());
            revision.put("note", r.note());
            revision.put("writtenAt", r.createdAt().toString());
            return revision;
        }).toList();
        return revisions.isEmpty() ? Map.of() : Map.of("pageRevisions", revisions);
    }

    @Override
    public void erase(UUID memberId) {
        pages.forgetAuthor(memberId);
    }
}
