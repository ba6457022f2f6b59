package org.iops.polls;

import java.util.UUID;
import org.iops.shared.MalformedIdException;

/** Identifies a poll. Controllers take it from the address: {@code @PathVariable PollId id}. */
public record PollId(UUID value) {

    /** The poll id written in {@code text}, or a {@link MalformedIdException} (a 404) for anything else. */
    public static PollId parse(String text) {
        return new PollId(MalformedIdException.uuid(text, "poll"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
