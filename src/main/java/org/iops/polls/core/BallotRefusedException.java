package org.iops.polls.core;

/**
 * A ballot the poll cannot take, with the message key that says why to the member and the HTTP status. It never
 * carries what the member chose (vote choices stay out of logs and error messages).
 */
public class BallotRefusedException extends RuntimeException {

    private final String messageKey;
    private final int status;

    public BallotRefusedException(String messageKey, int status) {
        super("ballot refused: " + messageKey);
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
