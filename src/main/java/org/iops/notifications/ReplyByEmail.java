package org.iops.notifications;

import java.util.Set;
import java.util.UUID;

/**
 * Contribution: a module whose threads members may answer by replying to a notification email. The notifications
 * module reads the operator's mailbox, checks the token of the reply-to address and the sender, strips quoted text
 * and signatures, and hands the reply here; the module posts it as the member through the same checks as its web
 * form (a suspended member, a closed topic, a deleted thread are refused).
 */
public interface ReplyByEmail {

    /** The thread types ({@link ReplyThread#type()}) this module takes replies for. */
    Set<String> threadTypes();

    /**
     * Posts {@code text} (Markdown, quotes and signature already removed) as the member's reply in the thread.
     *
     * @throws ReplyRefusedException when the member may not reply there (the sender is told why by email)
     */
    void reply(UUID member, ReplyThread thread, String text);
}
