package org.iops.content;

import java.util.List;

/**
 * A member may not post this, here, now: suspended from the unit, excluded from posting everywhere, over the
 * posting rate of new accounts. The message key (with its arguments) says why, in the reader's language; the
 * controller answers with it and a 403 or 429, keeping what the member wrote in the form.
 */
public class PostingRefusedException extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;
    private final boolean tooMany;

    public PostingRefusedException(String messageKey, boolean tooMany, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
        this.tooMany = tooMany;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }

    /** Whether it is a rate limit (429) rather than a refusal (403). */
    public boolean tooMany() {
        return tooMany;
    }
}
