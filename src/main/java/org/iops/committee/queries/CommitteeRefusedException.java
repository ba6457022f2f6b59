package org.iops.committee.queries;

/** A committee action that cannot be done; the message key says why in the reader's language, the status is a 4xx. */
public class CommitteeRefusedException extends RuntimeException {

    private final String messageKey;
    private final int status;

    public CommitteeRefusedException(String messageKey, int status) {
        super(messageKey);
        this.messageKey = messageKey;
        this.status = status;
    }

    public String messageKey() {
        return messageKey;
    }

    public int status() {
        return status;
    }
}
