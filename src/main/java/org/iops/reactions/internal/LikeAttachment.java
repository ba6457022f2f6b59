package org.iops.reactions.internal;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iops.content.ContentAttachment;
import org.iops.content.ContentItem;
import org.iops.content.ContentRef;
import org.iops.content.ContentState;
import org.iops.web.PageContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The like button with its count in the footer of every item, whatever its type, for a whole page of items with one
 * query. A visitor sees the count only (and nothing where nobody liked the item), the same for every visitor, so the
 * visitor page cache may keep it.
 */
@Component
class LikeAttachment implements ContentAttachment {

    private final Likes likes;
    private final TemplateEngine templates;

    LikeAttachment(Likes likes, TemplateEngine templates) {
        this.likes = likes;
        this.templates = templates;
    }

    @Override
    public Place place() {
        return Place.FOOTER;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Map<ContentRef, Content> render(List<ContentItem> items, @Nullable UUID reader, PageContext page) {
        List<ContentItem> published = items.stream().filter(item -> item.state() == ContentState.PUBLISHED).toList();
        Map<ContentRef, Likes.Tally> tallies = likes.tallies(published.stream().map(ContentItem::ref).toList(), reader);
        Map<ContentRef, Content> shown = new LinkedHashMap<>();
        for (ContentItem item : published) {
            Likes.Tally tally = tallies.getOrDefault(item.ref(), Likes.Tally.NONE);
            if (reader == null && tally.count() == 0) {
                continue;
            }
            shown.put(item.ref(), view(page, item.ref(), tally, reader != null));
        }
        return shown;
    }

    Content view(PageContext page, ContentRef ref, Likes.Tally tally, boolean signedIn) {
        LikeView like = new LikeView(ref.toString(), ref.id().toString(), tally.count(), tally.mine(), signedIn);
        return output -> templates.render("reactions/like.jte", Map.of("page", page, "like", like), output);
    }
}
