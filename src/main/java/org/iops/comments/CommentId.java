package org.iops.comments;

import java.util.UUID;
import org.iops.shared.MalformedIdException;

/** Identifies one comment; controllers take it from the address ({@code /comments/{id}/edit}). */
public record CommentId(UUID value) {

    /** The comment id written in {@code text}, or a {@link MalformedIdException} (a 404) for anything else. */
    public static CommentId parse(String text) {
        return new CommentId(MalformedIdException.uuid(text, "comment"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
