package org.iops.proposals;

import java.util.UUID;
import org.iops.content.ContentRef;
import org.iops.shared.MalformedIdException;

/** Identifies a proposal. Controllers take it from the address: {@code @PathVariable ProposalId id}. */
public record ProposalId(UUID value) {

    /** The content type of proposals: comments, flags, mentions and the polls' origin name them so. */
    public static final String TYPE = "proposals.proposal";

    /** The proposal id written in {@code text}, or a {@link MalformedIdException} (a 404) for anything else. */
    public static ProposalId parse(String text) {
        return new ProposalId(MalformedIdException.uuid(text, "proposal"));
    }

    public ContentRef ref() {
        return new ContentRef(TYPE, value);
    }

    /** The proposal's page. */
    public String path() {
        return "/proposals/" + value;
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
