package org.iops.comments.thread;

import java.util.Set;
import java.util.UUID;
import org.iops.content.ContentRef;
import org.iops.content.PostingRefusedException;
import org.iops.notifications.ReplyByEmail;
import org.iops.notifications.ReplyRefusedException;
import org.iops.notifications.ReplyThread;
import org.iops.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * A reply by email to a notification about comments on an item (a blog post) becomes a comment on that item, through
 * the same checks as the web form: a closed or deleted item, a suspended member, an empty text are refused, and the
 * member is told why by email.
 */
@Component
class CommentReplies implements ReplyByEmail {

    private final CommentedTypes types;
    private final CommentPosting posting;

    CommentReplies(CommentedTypes types, CommentPosting posting) {
        this.types = types;
        this.posting = posting;
    }

    @Override
    public Set<String> threadTypes() {
        return types.all();
    }

    @Override
    public void reply(UUID member, ReplyThread thread, String text) {
        try {
            posting.post(member, new ContentRef(thread.type(), thread.id()), null, text);
        } catch (NotFoundException gone) {
            throw new ReplyRefusedException("comments.email.gone");
        } catch (CommentRefusedException refused) {
            throw new ReplyRefusedException(refused.messageKey());
        } catch (PostingRefusedException refused) {
            throw new ReplyRefusedException(refused.messageKey());
        }
    }
}
