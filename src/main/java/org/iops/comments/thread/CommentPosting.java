package org.iops.comments.thread;

import java.time.Clock;
import java.util.UUID;
import org.iops.content.ContentItem;
import org.iops.content.ContentRef;
import org.iops.content.ContentState;
import org.iops.content.Contents;
import org.iops.content.PostingVerdict;
import org.iops.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing, editing and deleting comments, whichever way they come (the web form, a reply by email): the same
 * checks, in one transaction each. An item or a comment the writer may not see is unknown to them (a 404).
 */
@Service
public class CommentPosting {

    private final CommentRepository comments;
    private final CommentedTypes types;
    private final Contents contents;
    private final CommentSource source;
    private final CommentNotices notices;
    private final Clock clock;

    CommentPosting(CommentRepository comments, CommentedTypes types, Contents contents, CommentSource source,
            CommentNotices notices, Clock clock) {
        this.source = source;
        this.comments = comments;
        this.types = types;
        this.contents = contents;
        this.notices = notices;
        this.clock = clock;
    }

    /**
     * Posts a comment on the item, or a reply to {@code answering} (a comment on the same item). Held for a
     * moderator ({@link ContentState#PENDING}) when a posting rule says so; told to others once published.
     *
     * @throws NotFoundException for an item or comment the writer may not see, or one of another item
     * @throws CommentRefusedException when the item takes no comments now, or the text will not do
     * @throws org.iops.content.PostingRefusedException when the writer may not post here (suspended, too fast)
     */
    @Transactional
    public Comment post(UUID writer, ContentRef itemRef, @Nullable UUID answering, String body) {
        ContentItem item = commentableItem(writer, itemRef);
        UUID thread = null;
        UUID replyingTo = null;
        if (answering != null) {
            Comment answered = comments.find(answering).filter(c -> c.item().equals(itemRef))
                    .filter(c -> c.removed() || contents.maySee(writer, source.item(c, item)))
                    .orElseThrow(() -> new NotFoundException("comment " + answering));
            if (answered.removed()) {
                throw new CommentRefusedException("comments.refused.answeredRemoved", 409);
            }
            thread = answered.threadId();
            replyingTo = answered.id();
        }
        String text = checkText(body);
        PostingVerdict verdict = contents.checkPosting(writer, item.unit(), text);
        Comment comment = new Comment(UUID.randomUUID(), itemRef, thread, replyingTo, writer, text,
                verdict.initialState(), null, clock.instant(), null, null);
        comments.insert(comment);
        if (comment.state() == ContentState.PUBLISHED) {
            notices.published(comment);
        } else if (comment.state() == ContentState.PENDING) {
            announceHeld(comment);
        }
        return comment;
    }

    /** Replaces the writer's own comment's text (marked "edited"); another member's comment is unknown (404). */
    @Transactional
    public Comment edit(UUID writer, UUID id, String body) {
        Comment comment = own(writer, id);
        ContentItem item = commentableItem(writer, comment.item());
        String text = checkText(body);
        PostingVerdict verdict = contents.checkPosting(writer, item.unit(), text);
        // an edit a rule holds waits for a moderator again; a hidden comment stays hidden
        ContentState state = comment.state() == ContentState.HIDDEN ? ContentState.HIDDEN
                : verdict == PostingVerdict.HOLD ? ContentState.PENDING : comment.state();
        comments.replaceBody(id, text, state, clock.instant());
        Comment edited = comments.find(id).orElseThrow();
        notices.edited(edited);
        if (edited.state() == ContentState.PENDING) {
            announceHeld(edited);
        }
        return edited;
    }

    /** A held comment waits in the moderation queue of its item's unit. */
    private void announceHeld(Comment comment) {
        contents.find(new org.iops.content.ContentRef(Comment.TYPE, comment.id())).ifPresent(contents::held);
    }

    /**
     * Deletes the writer's own comment: gone entirely when nothing answers it, else "comment removed" stays in its
     * place so the replies keep their sense. A thread whose removed first comment loses its last reply goes too.
     *
     * @return the comment as it now stands, or null when it is gone
     */
    @Transactional
    public @Nullable Comment delete(UUID writer, UUID id) {
        Comment comment = own(writer, id);
        if (comments.answered(id)) {
            comments.markDeleted(id, clock.instant());
            return comments.find(id).orElseThrow();
        }
        comments.delete(id);
        if (comment.thread() != null) {
            comments.lock(comment.thread()).filter(Comment::removed)
                    .filter(first -> first.deleted() != null && !comments.answered(first.id()))
                    .ifPresent(first -> comments.delete(first.id()));
        }
        return null;
    }

    /** The writer's own comment, not yet deleted, on an item they still see. */
    private Comment own(UUID writer, UUID id) {
        Comment comment = comments.lock(id).filter(c -> c.writtenBy(writer) && c.deleted() == null)
                .orElseThrow(() -> new NotFoundException("comment " + id));
        if (comment.state() == ContentState.REMOVED) {
            throw new CommentRefusedException("comments.refused.removed", 409);
        }
        return comment;
    }

    private ContentItem commentableItem(UUID writer, ContentRef ref) {
        ContentItem item = contents.find(ref).filter(i -> types.takeComments(i.ref().type()))
                .filter(i -> contents.maySee(writer, i))
                .orElseThrow(() -> new NotFoundException("item " + ref));
        if (item.state() == ContentState.REMOVED) {
            throw new CommentRefusedException("comments.refused.itemRemoved", 410);
        }
        if (item.state() != ContentState.PUBLISHED) {
            throw new CommentRefusedException("comments.refused.itemNotPublished", 409);
        }
        if (item.closed()) {
            throw new CommentRefusedException("comments.refused.closed", 409);
        }
        return item;
    }

    /** The text as it will be kept; refused when empty or too long. */
    static String checkText(@Nullable String body) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new CommentRefusedException("comments.text.required", 422);
        }
        if (text.length() > Comment.MAX_LENGTH) {
            throw new CommentRefusedException("comments.text.tooLong", 422, Comment.MAX_LENGTH);
        }
        return text;
    }
}
