package org.iops.forums;

import java.util.UUID;
import org.iops.shared.MalformedIdException;

/** Identifies a forum reply. Controllers take it from the address; a malformed id is a 404. */
public record ReplyId(UUID value) {

    public static ReplyId parse(String text) {
        return new ReplyId(MalformedIdException.uuid(text, "reply"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
