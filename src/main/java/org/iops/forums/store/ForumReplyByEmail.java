package org.iops.forums.store;

import java.util.Set;
import java.util.UUID;
import org.iops.content.PostingRefusedException;
import org.iops.notifications.ReplyByEmail;
import org.iops.notifications.ReplyRefusedException;
import org.iops.notifications.ReplyThread;
import org.iops.shared.NotFoundException;
import org.iops.shared.Text;
import org.iops.text.MemberText;
import org.springframework.stereotype.Component;

/**
 * A member answers the email about a topic: the reply is posted as theirs through {@link ForumPosting#reply}, the
 * same checks as the form (a closed or deleted topic, a unit they do not belong to, a suspension all refuse it).
 */
@Component
class ForumReplyByEmail implements ReplyByEmail {

    private final ForumPosting posting;

    ForumReplyByEmail(ForumPosting posting) {
        this.posting = posting;
    }

    @Override
    public Set<String> threadTypes() {
        return Set.of(Topic.TYPE);
    }

    @Override
    public void reply(UUID member, ReplyThread thread, String text) {
        if (!Topic.TYPE.equals(thread.type())) {
            throw new ReplyRefusedException("forums.email.unknownThread");
        }
        String body = Text.clean(text);
        if (body == null) {
            throw new ReplyRefusedException("forums.body.required");
        }
        if (!MemberText.fits(body)) {
            throw new ReplyRefusedException("forums.body.tooLong");
        }
        try {
            posting.reply(member, thread.id(), body, null);
        } catch (ForumRefusedException refused) {
            throw new ReplyRefusedException(refused.messageKey());
        } catch (PostingRefusedException refused) {
            throw new ReplyRefusedException(refused.messageKey());
        } catch (NotFoundException gone) {
            throw new ReplyRefusedException("forums.email.unknownThread");
        }
    }
}
