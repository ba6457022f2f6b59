package org.iops.comments.web;

import java.util.UUID;
import org.iops.comments.thread.Comment;
import org.iops.comments.web.CommentViews.FormView;
import org.iops.content.ContentItem;
import org.iops.content.ContentRef;
import org.iops.web.PageContext;
import org.jspecify.annotations.Nullable;

/**
 * The three comment forms (a new comment, a reply, an edit), as htmx fragments that answer in place or as plain
 * forms of the fallback pages.
 */
final class CommentForms {

    private static final Object[] NONE = new Object[0];

    private CommentForms() {
    }

    static FormView newComment(PageContext page, ContentRef item, String body, boolean htmx) {
        String key = item.id().toString();
        return new FormView("comment-form-" + key, "/comments", item.toString(), null, body, null, NONE,
                htmx ? "#threads-" + key : null, "beforeend", page.t("comments.form.label"),
                page.t("comments.form.submit"), null);
    }

    static FormView reply(PageContext page, ContentItem item, Comment answered, String body, boolean htmx) {
        return new FormView("reply-form-" + answered.id(), "/comments", item.ref().toString(),
                answered.id().toString(), body, null, NONE, htmx ? "#thread-" + answered.threadId() : null, "outerHTML",
                page.t("comments.reply.label"), page.t("comments.reply.submit"), anchored(item, answered.id()));
    }

    static FormView edit(PageContext page, ContentItem item, Comment comment, String body, boolean htmx) {
        return new FormView("edit-form-" + comment.id(), "/comments/" + comment.id() + "/edit", item.ref().toString(),
                null, body, null, NONE, htmx ? "#thread-" + comment.threadId() : null, "outerHTML",
                page.t("comments.edit.label"), page.t("comments.edit.submit"), anchored(item, comment.id()));
    }

    /** The same form with a problem that is not about the text (a closed item, a suspension). */
    static FormView withProblem(FormView form, String key, Object[] args) {
        return new FormView(form.id(), form.action(), form.itemRef(), form.answering(), form.body(), key, args,
                form.target(), form.swap(), form.label(), form.submit(), form.cancel());
    }

    /** The quoted comment as Markdown, to start a reply with. */
    static String quote(Comment comment) {
        return comment.body().lines().map(line -> "> " + line).reduce((a, b) -> a + "\n" + b).orElse("") + "\n\n";
    }

    static String anchored(ContentItem item, @Nullable UUID comment) {
        String path = item.path();
        int anchor = path.indexOf('#');
        String bare = anchor < 0 ? path : path.substring(0, anchor);
        return bare + (comment == null ? "#comments" : "#comment-" + comment);
    }
}
