package org.iops.notifications;

/** A reply by email that cannot be posted; the message key says why, in the member's language, in the answer. */
public class ReplyRefusedException extends RuntimeException {

    private final String messageKey;

    public ReplyRefusedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
