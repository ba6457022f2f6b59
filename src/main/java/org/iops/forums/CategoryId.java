package org.iops.forums;

import java.util.UUID;
import org.iops.shared.MalformedIdException;

/** Identifies a forum category. Controllers take it from the address; a malformed id is a 404. */
public record CategoryId(UUID value) {

    public static CategoryId parse(String text) {
        return new CategoryId(MalformedIdException.uuid(text, "category"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
