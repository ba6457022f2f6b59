package org.iops.units;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A member as a unit page lists them, already filtered for the reader: the locality is null unless the member's
 * privacy settings let this reader see it.
 */
public record MemberCard(UUID memberId, String displayName, @Nullable String locality) {

    public String path() {
        return "/members/" + memberId;
    }
}
