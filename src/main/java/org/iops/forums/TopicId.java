package org.iops.forums;

import java.util.UUID;
import org.iops.shared.MalformedIdException;

/** Identifies a forum topic. Controllers take it from the address; a malformed id is a 404. */
public record TopicId(UUID value) {

    public static TopicId parse(String text) {
        return new TopicId(MalformedIdException.uuid(text, "topic"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
