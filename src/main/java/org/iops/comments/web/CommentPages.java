package org.iops.comments.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.iops.comments.thread.Comment;
import org.iops.comments.thread.CommentRefusedException;
import org.iops.comments.thread.CommentRepository;
import org.iops.comments.thread.CommentSource;
import org.iops.comments.thread.CommentedTypes;
import org.iops.comments.web.CommentViews.FormView;
import org.iops.comments.web.CommentViews.ThreadView;
import org.iops.content.ContentItem;
import org.iops.content.ContentRef;
import org.iops.content.Contents;
import org.iops.content.PostingRefusedException;
import org.iops.shared.NotFoundException;
import org.iops.web.FormErrors;
import org.iops.web.PageContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the comment controllers share: finding the item and the comment a reader may see (else a 404), the thread
 * fragment htmx swaps in, and the answer to a refused form (in place for htmx, a page of its own otherwise).
 */
@Component
class CommentPages {

    private final Contents contents;
    private final CommentedTypes types;
    private final CommentRepository comments;
    private final CommentSource source;
    private final CommentThreads threads;

    CommentPages(Contents contents, CommentedTypes types, CommentRepository comments, CommentSource source,
            CommentThreads threads) {
        this.contents = contents;
        this.types = types;
        this.comments = comments;
        this.source = source;
        this.threads = threads;
    }

    /** The commented item, if it takes comments and the reader may see it. */
    ContentItem item(ContentRef ref, @Nullable UUID reader) {
        return contents.find(ref).filter(item -> types.takeComments(item.ref().type()))
                .filter(item -> contents.maySee(reader, item))
                .orElseThrow(() -> new NotFoundException("item " + ref));
    }

    /** The comment and its item, if the reader may see the item and the comment (a removed one shows as such). */
    Found comment(UUID id, @Nullable UUID reader) {
        Comment comment = comments.find(id).orElseThrow(() -> new NotFoundException("comment " + id));
        ContentItem item = item(comment.item(), reader);
        if (!comment.removed() && !contents.maySee(reader, source.item(comment, item))) {
            throw new NotFoundException("comment " + id);
        }
        return new Found(comment, item);
    }

    record Found(Comment comment, ContentItem item) {
    }

    /** The comment's whole thread as this reader sees it, or null when nothing of it is left to show. */
    @Nullable ThreadView thread(ContentItem item, UUID threadId, @Nullable UUID reader, PageContext page) {
        return comments.thread(threadId).filter(t -> !t.first().removed() || t.replies() > 0)
                .map(t -> threads.thread(item, t, reader, page, CommentThreads.REPLIES_ON_THREAD_PAGE)).orElse(null);
    }

    /** The htmx answer after a comment was written, edited or deleted: its thread again, and a status line. */
    String updated(Model model, PageContext page, ContentItem item, UUID threadId, @Nullable UUID reader,
            @Nullable FormView freshForm, String status) {
        model.addAttribute("thread", thread(item, threadId, reader, page));
        model.addAttribute("freshForm", freshForm);
        model.addAttribute("key", item.ref().id().toString());
        model.addAttribute("status", status);
        model.addAttribute("count", comments.publishedCount(item.ref()));
        return "comments/update";
    }

    /** A refused form: the form again with the problem and what was typed, in place for htmx (a 422). */
    String refused(Model model, HttpServletResponse response, boolean htmx, ContentItem item, FormView form,
            FormErrors errors, int status, PageContext page) {
        model.addAttribute("errors", errors);
        if (htmx) {
            response.setStatus(422);
            response.setHeader("HX-Retarget", "#" + form.id());
            response.setHeader("HX-Reswap", "outerHTML");
            model.addAttribute("form", form);
            return "comments/form";
        }
        response.setStatus(status);
        model.addAttribute("form", form);
        model.addAttribute("title", page.t("comments.write.title"));
        model.addAttribute("itemTitle", item.title());
        model.addAttribute("itemPath", item.path());
        return "comments/page";
    }

    /** The answer to a write the service refused, as {@link #refused} with the reason. */
    String refused(Model model, HttpServletResponse response, boolean htmx, ContentItem item, FormView form,
            RuntimeException why, PageContext page) {
        if (why instanceof CommentRefusedException refusal && refusal.aboutText()) {
            return refused(model, response, htmx, item, form,
                    FormErrors.NONE.with("body", refusal.messageKey(), refusal.arguments()), 422, page);
        }
        if (why instanceof CommentRefusedException refusal) {
            return refused(model, response, htmx, item,
                    CommentForms.withProblem(form, refusal.messageKey(), refusal.arguments()), FormErrors.NONE,
                    refusal.status(), page);
        }
        PostingRefusedException refusal = (PostingRefusedException) why;
        return refused(model, response, htmx, item,
                CommentForms.withProblem(form, refusal.messageKey(), refusal.arguments()), FormErrors.NONE,
                refusal.tooMany() ? 429 : 403, page);
    }
}
