package org.iops.forums.web;

import gg.jte.Content;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the forum's templates show, each made for one reader: no entity reaches a template. */
public final class ForumViews {

    private ForumViews() {
    }

    /** A unit as the forum names it, in the reader's language. */
    public record UnitLink(String name, String path) {
        public String forumPath() {
            return path + "/forum";
        }
    }

    public record CategoryView(String id, String name, @Nullable String description, boolean archived, String path) {
    }

    /** One line of a category's list or of a unit's section. */
    public record TopicLine(String path, String title, String author, boolean pinned, boolean closed, int replies,
            Instant lastActivity, @Nullable String stateKey) {
    }

    /**
     * The opening post or a reply. {@code html} is null where a placeholder stands instead ({@code placeholderKey},
     * with {@code reason} for a hidden item); {@code stateKey} tells the author and moderators it is held, hidden or
     * removed.
     */
    public record PostView(String anchor, int number, String author, Instant at, boolean edited, @Nullable String html,
            @Nullable String placeholderKey, @Nullable String reason, @Nullable String stateKey,
            @Nullable Integer quotedNumber, @Nullable String quotedPath, @Nullable String quotePath,
            @Nullable String editPath, @Nullable String deletePath, List<Content> footer,
            @Nullable String appealPath) {
    }

    /** A link to one page of a topic or a list. */
    public record PageLink(int number, String href, boolean current) {
    }

    /** What a member chose for a forum, category or topic, and where to change it. */
    public record FollowView(String action, @Nullable String mode) {
    }

    /** A line of a moderation record on a topic. */
    public record RecordLine(String text, Instant at) {
    }

    /** An item of "what is new". */
    public record NewsLine(String path, String title, String kindKey, String unitName, String unitPath, Instant at) {
    }

    /**
     * What a topic's page shows of its translations: the "Also in" switch, who translated the text shown (null: the
     * original is shown) and whether it still waits for a moderator ({@code stateKey}), and where this reader may add,
     * edit or remove a translation (null where they may not).
     */
    public record TranslationView(List<org.iops.content.ContentLanguages.LanguageLink> languages,
            @Nullable String translator, @Nullable String stateKey, @Nullable String translatePath,
            @Nullable String editPath, @Nullable String removePath) {
    }

    /** The head of a topic's page. */
    public record TopicHead(String id, String path, String title, boolean pinned, boolean closed, String visibilityKey,
            String language) {
    }
}
