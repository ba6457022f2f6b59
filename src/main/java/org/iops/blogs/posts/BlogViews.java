package org.iops.blogs.posts;

import gg.jte.Content;
import java.time.Instant;
import java.util.List;
import org.iops.content.ContentLanguages;
import org.jspecify.annotations.Nullable;

/** The values the blogs' templates show, each built for one reader. */
public final class BlogViews {

    private BlogViews() {
    }

    /** A post in a list: a unit's or a member's blog, a unit section, the drafts. */
    public record PostSummary(String title, String path, String authorName, @Nullable String authorPath,
            @Nullable Instant publishedAt, String language, String languageName, String excerpt, String unitName,
            String unitPath, @Nullable String stateKey) {
    }

    /** A unit the reader may feature the post on. */
    public record FeatureTarget(String unitId, String unitName, boolean promotion, boolean featured) {
    }

    /**
     * A post's page. {@code hiddenReason} is set, and the text left out, when a moderator hid it from this reader;
     * {@code translator} when the page shows a translation.
     */
    public record PostPage(String id, String title, String html, String language, String languageName,
            String authorName, @Nullable String authorPath, String unitName, String unitPath,
            @Nullable Instant publishedAt, @Nullable Instant editedAt, String visibilityKey, boolean draft,
            boolean pending, @Nullable String hiddenReason, boolean hiddenFromReader, boolean mayEdit,
            @Nullable String translator, boolean mayEditTranslation, boolean mayRemoveTranslation,
            boolean mayTranslate, List<ContentLanguages.LanguageLink> languages, List<FeatureTarget> featureTargets,
            List<Content> footer, List<Content> below, @Nullable String appealPath) {
    }

    /** A page of a list, with the link to the next one (null on the last). */
    public record PostList(List<PostSummary> posts, @Nullable String next) {
    }

    /** One line of a post's history. */
    public record RevisionLine(int version, String editorName, Instant at, String path, boolean current) {
    }

    /** One featured post on the admins' screen; {@code fromUnit} names the unit below it was promoted from. */
    public record FeaturedLine(String postId, String title, String path, String fromUnit) {
    }

    /** One line of the featuring log, as the admins read it. */
    public record LogView(String actor, String actionKey, String title, Instant at) {
    }
}
