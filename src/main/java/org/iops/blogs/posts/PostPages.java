package org.iops.blogs.posts;

import gg.jte.Content;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iops.blogs.posts.BlogViews.FeatureTarget;
import org.iops.blogs.posts.BlogViews.PostPage;
import org.iops.content.ContentAttachment;
import org.iops.content.ContentItem;
import org.iops.content.ContentLanguages;
import org.iops.content.ContentRef;
import org.iops.content.ContentState;
import org.iops.content.ContentTranslation;
import org.iops.content.ContentTranslations;
import org.iops.content.Contents;
import org.iops.members.MemberNames;
import org.iops.moderation.ModerationPaths;
import org.iops.text.MemberText;
import org.iops.units.UnitDirectory;
import org.iops.units.UnitId;
import org.iops.units.UnitRef;
import org.iops.web.PageContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Builds a post's page for one reader: the text or a translation, the language switch, what attaches below it. */
@Component
class PostPages {

    private final PostReader reader;
    private final ContentTranslations translations;
    private final Featuring featuring;
    private final Contents contents;
    private final MemberText text;
    private final MemberNames names;
    private final UnitDirectory units;

    PostPages(PostReader reader, ContentTranslations translations, Featuring featuring, Contents contents, MemberText text,
            MemberNames names, UnitDirectory units) {
        this.reader = reader;
        this.translations = translations;
        this.featuring = featuring;
        this.contents = contents;
        this.text = text;
        this.names = names;
        this.units = units;
    }

    /** The page in {@code language}: the original when null or the post's own language, else that translation. */
    PostPage page(Post post, @Nullable UUID viewer, @Nullable ContentTranslation shown, PageContext page) {
        boolean hidden = reader.hiddenFrom(viewer, post);
        List<ContentTranslation> all = post.isDraft() ? List.of() : translations.of(post.item(), viewer);
        List<UUID> people = new ArrayList<>();
        if (post.author() != null) {
            people.add(post.author());
        }
        if (shown != null && shown.translator() != null) {
            people.add(shown.translator());
        }
        Map<UUID, String> known = names.displayNames(people);
        String former = page.t("members.former");
        String author = post.author() == null ? "" : known.getOrDefault(post.author(), "");
        UnitRef unit = units.find(new UnitId(post.unit())).orElse(null);
        String title = shown == null ? post.title() : shown.title();
        String html = hidden ? "" : text.render(shown == null ? post.body() : shown.body()).html();
        String language = shown == null ? post.language() : shown.language();
        String translator = shown == null ? null
                : shown.translator() == null ? former : known.getOrDefault(shown.translator(), former);

        List<ContentLanguages.LanguageLink> languages = ContentLanguages.switchOf(post.postId().path(), post.language(),
                all, shown == null ? null : shown.language(), page.locale());
        boolean published = !post.isDraft() && post.contentState() == ContentState.PUBLISHED;
        List<FeatureTarget> targets = published ? featuring.placesFor(post).stream()
                .filter(u -> featuring.mayFeature(viewer, u.id()))
                .map(u -> new FeatureTarget(u.id().toString(), u.displayName(page.locale()),
                        !u.id().value().equals(post.unit()), featuring.isFeatured(u.id(), post.id())))
                .toList() : List.of();
        List<Content> footer = List.of();
        List<Content> below = List.of();
        if (!post.isDraft() && !hidden) {
            ContentItem item = post.item();
            footer = attached(item, ContentAttachment.Place.FOOTER, viewer, page);
            below = attached(item, ContentAttachment.Place.BELOW, viewer, page);
        }
        return new PostPage(post.id().toString(), hidden ? page.t("blogs.post.hiddenTitle") : title, html, language,
                ContentLanguages.name(language, page.locale()), author.isEmpty() ? former : author,
                author.isEmpty() ? null : "/members/" + post.author() + "/blog",
                unit == null ? "" : unit.displayName(page.locale()), unit == null ? "" : unit.path(),
                post.publishedAt(), post.editedAt(), "blogs.visibility." + post.visibility().name(), post.isDraft(),
                !post.isDraft() && post.contentState() == ContentState.PENDING,
                !post.isDraft() && post.contentState() == ContentState.HIDDEN ? post.hiddenReason() : null, hidden,
                post.isAuthor(viewer), translator,
                shown != null && viewer != null && viewer.equals(shown.translator()),
                shown != null && translations.mayRemove(post.item(), shown, viewer),
                viewer != null && published && !hidden, languages, targets, footer, below,
                !post.isDraft() && post.contentState() == ContentState.HIDDEN && post.isAuthor(viewer)
                        ? ModerationPaths.appeal(post.postId().ref()) : null);
    }

    private List<Content> attached(ContentItem item, ContentAttachment.Place place, @Nullable UUID viewer,
            PageContext page) {
        Map<ContentRef, List<Content>> found = contents.attachments(List.of(item), place, viewer, page);
        return found.getOrDefault(item.ref(), List.of());
    }
}
