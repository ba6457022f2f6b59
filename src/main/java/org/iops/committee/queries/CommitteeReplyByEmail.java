package org.iops.committee.queries;

import java.util.Set;
import java.util.UUID;
import org.iops.committee.QueryId;
import org.iops.notifications.ReplyByEmail;
import org.iops.notifications.ReplyRefusedException;
import org.iops.notifications.ReplyThread;
import org.iops.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * A committee member answers the query's email by replying: the first word (consent, object, block, abstain, in any
 * of the four languages) is the answer and the rest the reason, recorded through {@link QueryService#answer} with
 * the same checks as the site. Any other first word, a block without a reason or a reply after the deadline is
 * answered with an email saying why.
 */
@Component
class CommitteeReplyByEmail implements ReplyByEmail {

    private final QueryService queries;

    CommitteeReplyByEmail(QueryService queries) {
        this.queries = queries;
    }

    @Override
    public Set<String> threadTypes() {
        return Set.of(QueryId.TYPE);
    }

    @Override
    public void reply(UUID member, ReplyThread thread, String text) {
        ReplyWords.Reply reply = ReplyWords.read(text)
                .orElseThrow(() -> new ReplyRefusedException("committee.reply.unknownWord"));
        try {
            queries.answer(member, thread.id(), reply.answer(), reply.reason(), "EMAIL");
        } catch (CommitteeRefusedException refused) {
            throw new ReplyRefusedException(refused.messageKey());
        } catch (NotFoundException gone) {
            throw new ReplyRefusedException("committee.reply.unknownQuery");
        }
    }
}
