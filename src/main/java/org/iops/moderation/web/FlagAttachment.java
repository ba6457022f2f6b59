package org.iops.moderation.web;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.iops.content.ContentAttachment;
import org.iops.content.ContentItem;
import org.iops.content.ContentRef;
import org.iops.content.ContentState;
import org.iops.moderation.internal.ModerationQueue;
import org.iops.moderation.web.QueueViews.FlagFormView;
import org.iops.web.FormOption;
import org.iops.web.PageContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * "Flag" in the footer of every item a signed-in member may see and did not write: a disclosure opening the reason
 * form, posted by htmx into its place; "You flagged this" once they did. Nothing for visitors. One query per page.
 */
@Component
class FlagAttachment implements ContentAttachment {

    private final ModerationQueue queue;
    private final TemplateEngine templates;

    FlagAttachment(ModerationQueue queue, TemplateEngine templates) {
        this.queue = queue;
        this.templates = templates;
    }

    @Override
    public Place place() {
        return Place.FOOTER;
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public Map<ContentRef, Content> render(List<ContentItem> items, @Nullable UUID reader, PageContext page) {
        Map<ContentRef, Content> shown = new LinkedHashMap<>();
        if (reader == null) {
            return shown;
        }
        List<ContentItem> flaggable = items.stream()
                .filter(item -> item.state() != ContentState.REMOVED && !reader.equals(item.author())).toList();
        if (flaggable.isEmpty()) {
            return shown;
        }
        Set<ContentRef> flagged = new HashSet<>(queue.flaggedBy(flaggable.stream().map(ContentItem::ref).toList(), reader));
        List<FormOption> reasons = FlagForm.reasons(page);
        for (ContentItem item : flaggable) {
            FlagFormView form = new FlagFormView(item.ref().toString(), item.title(), item.path(),
                    flagged.contains(item.ref()), "", "", null, reasons);
            shown.put(item.ref(), output -> templates.render("moderation/flagForm.jte", Map.of("page", page, "form", form, "lazy", true),
                    output));
        }
        return shown;
    }
}
