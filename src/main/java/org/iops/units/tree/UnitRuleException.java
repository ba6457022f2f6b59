package org.iops.units.tree;

/**
 * A change to the tree that the organization's rules do not allow (merging a chapter into itself, a duplicate
 * alias...). Carries the message key the form shows and the field it belongs to; nothing has been written.
 */
public class UnitRuleException extends RuntimeException {

    private final String field;
    private final String messageKey;

    public UnitRuleException(String field, String messageKey) {
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
