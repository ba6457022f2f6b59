package org.iops.shared;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a member. Controllers take it from the address ({@code @PathVariable MemberId id}); a text that is not
 * a member's id is a 404. Module APIs may keep plain UUIDs inside; this is the type at the edges.
 */
public record MemberId(UUID value) {

    public MemberId {
        Objects.requireNonNull(value, "value");
    }

    /** The member id written in {@code text}, or a {@link MalformedIdException} (a 404) for anything else. */
    public static MemberId parse(String text) {
        return new MemberId(MalformedIdException.uuid(text, "Member"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
