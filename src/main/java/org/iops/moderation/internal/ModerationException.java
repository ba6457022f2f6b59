package org.iops.moderation.internal;

import java.util.List;

/**
 * A moderation request that cannot be done as asked, said in the reader's language: flagging an item twice, hiding
 * an item already removed, appealing twice (409), a reason missing (422). Nothing was written.
 */
public class ModerationException extends RuntimeException {

    private final String messageKey;
    private final int status;
    private final List<Object> arguments;

    public ModerationException(int status, String messageKey, Object... arguments) {
        super(messageKey);
        this.status = status;
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public static ModerationException conflict(String messageKey) {
        return new ModerationException(409, messageKey);
    }

    public String messageKey() {
        return messageKey;
    }

    public int status() {
        return status;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
