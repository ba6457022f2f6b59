package org.iops.forums.web;

import org.jspecify.annotations.Nullable;

/**
 * The reply form, as typed; {@code quoted} is the id of the reply being quoted. {@code error} is a message key of
 * the forums bundle, shown on the body field when a reply was refused.
 */
public record ReplyForm(String body, @Nullable String quoted, @Nullable String error, Object[] errorArgs) {

    static final ReplyForm EMPTY = new ReplyForm("", null, null, new Object[0]);

    ReplyForm refused(String key, Object... args) {
        return new ReplyForm(body, quoted, key, args);
    }
}
