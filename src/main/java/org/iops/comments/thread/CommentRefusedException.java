package org.iops.comments.thread;

/**
 * A comment that cannot be written: the item is closed or removed, the comment answered was deleted, the text is
 * empty or too long. The message key says why in the writer's language; {@link #status()} is the answer's status.
 */
public class CommentRefusedException extends RuntimeException {

    private final String messageKey;
    private final int status;
    private final Object[] arguments;

    public CommentRefusedException(String messageKey, int status, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.status = status;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public int status() {
        return status;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** Whether the text is what is wrong (the form shows it by the field), not the place. */
    public boolean aboutText() {
        return status == 422;
    }
}
