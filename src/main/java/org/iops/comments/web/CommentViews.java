package org.iops.comments.web;

import gg.jte.Content;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The view records of the comment pages and fragments, each built for one reader. */
public final class CommentViews {

    private CommentViews() {
    }

    /**
     * One comment as this reader sees it.
     *
     * @param author the writer's name, or null for a former member
     * @param html the rendered text; empty for a removed comment or one hidden from this reader
     * @param placeholder a message key shown instead of the text ("comment removed", "hidden by a moderator")
     * @param mark a message key shown by the name ("waiting for a moderator", "hidden"), or null
     * @param replyingTo the name of the writer answered, for a reply to a reply
     * @param mayAnswer whether the reader may reply to it and quote it
     * @param mine whether the reader wrote it (edit and delete)
     */
    public record CommentView(String id, String threadId, @Nullable String author, Instant created, boolean edited,
            String html, @Nullable String placeholder, @Nullable String reason, @Nullable String mark,
            @Nullable String replyingTo, boolean reply, boolean mayAnswer, boolean mine, List<Content> footer) {
    }

    /** A thread: its first comment, the replies shown and how many more there are on the thread's own page. */
    public record ThreadView(CommentView first, List<CommentView> replies, int moreReplies) {

        public String id() {
            return first.id();
        }
    }

    /**
     * The comments of one item for one reader.
     *
     * @param key the item's id, naming the elements of this list on the page
     * @param itemRef the item's reference, as the forms send it
     * @param itemPath where the item is, for links back
     * @param moreLink the next threads' address, or null at the end
     * @param mayComment whether the reader may write (signed in, the item open)
     * @param closed whether the item takes no more comments
     */
    public record CommentsView(String key, String itemRef, String itemTitle, String itemPath, int count,
            List<ThreadView> threads, @Nullable String moreLink, boolean signedIn, boolean mayComment, boolean closed) {
    }

    /** The form of a new comment or reply, or of an edit, with what was typed and what is wrong with it. */
    public record FormView(String id, String action, String itemRef, @Nullable String answering, String body,
            @Nullable String problem, Object[] problemArgs, String target, String swap, String label,
            String submit, @Nullable String cancel) {
    }
}
