package org.iops.convention.meetings;

/** A meeting that cannot be recorded: {@code messageKey} says why, in the convention bundle. */
public class MeetingRefusedException extends RuntimeException {

    private final String field;
    private final String messageKey;

    MeetingRefusedException(String field, String messageKey) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
