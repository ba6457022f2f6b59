package org.iops.forums.store;

/**
 * A forum write that cannot be done, with the message key that says why in the reader's language and the HTTP
 * status it answers with: a closed topic (409), a category that is archived (409), a unit the author does not
 * belong to (403).
 */
public class ForumRefusedException extends RuntimeException {

    private final String messageKey;
    private final int status;

    public ForumRefusedException(String messageKey, int status) {
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
