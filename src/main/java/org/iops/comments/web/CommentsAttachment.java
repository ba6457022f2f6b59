package org.iops.comments.web;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iops.comments.thread.CommentedTypes;
import org.iops.comments.web.CommentViews.CommentsView;
import org.iops.content.ContentAttachment;
import org.iops.content.ContentItem;
import org.iops.content.ContentRef;
import org.iops.web.PageContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The comments below an item on its own page: the first threads, "show more", and the form. */
@Component
class CommentsAttachment implements ContentAttachment {

    private final CommentedTypes types;
    private final CommentThreads threads;
    private final TemplateEngine templates;

    CommentsAttachment(CommentedTypes types, CommentThreads threads, TemplateEngine templates) {
        this.types = types;
        this.threads = threads;
        this.templates = templates;
    }

    @Override
    public Place place() {
        return Place.BELOW;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public boolean attachesTo(String type) {
        return types.takeComments(type);
    }

    @Override
    public Map<ContentRef, Content> render(List<ContentItem> items, @Nullable UUID reader, PageContext page) {
        Map<ContentRef, Content> shown = new LinkedHashMap<>();
        for (ContentItem item : items) {
            // below an item on its own page: one item in practice, so a query or three each is fine
            CommentsView view = threads.forItem(item, reader, page, null);
            Map<String, Object> model = Map.of("page", page, "view", view,
                    "form", CommentForms.newComment(page, item.ref(), "", true));
            shown.put(item.ref(), output -> templates.render("comments/section.jte", model, output));
        }
        return shown;
    }
}
