package org.iops.proposals;

import java.util.UUID;
import org.iops.shared.MalformedIdException;

/** Identifies an amendment to a proposal: {@code @PathVariable AmendmentId amendment}. */
public record AmendmentId(UUID value) {

    /** The amendment id written in {@code text}, or a {@link MalformedIdException} (a 404) for anything else. */
    public static AmendmentId parse(String text) {
        return new AmendmentId(MalformedIdException.uuid(text, "amendment"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
