package org.iops.committee;

import java.util.UUID;
import org.iops.shared.MalformedIdException;

/** Identifies a committee query. Controllers take it from the address: {@code @PathVariable QueryId id}. */
public record QueryId(UUID value) {

    /** The content type of queries, as in {@code committee.query:<uuid>} (the origin of an escalated poll). */
    public static final String TYPE = "committee.query";

    /** The query id written in {@code text}, or a {@link MalformedIdException} (a 404) for anything else. */
    public static QueryId parse(String text) {
        return new QueryId(MalformedIdException.uuid(text, "committee query"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
