package org.iops.members;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The names to show next to what members wrote (posts, comments, proposals). A deleted account has no name: show
 * the message {@code members.former} ("former member") instead.
 */
public interface MemberNames {

    /** The display name of each known member among {@code ids}; deleted accounts map to the empty string. */
    Map<UUID, String> displayNames(Collection<UUID> ids);

    /**
     * The living, confirmed members going by each of {@code names} (ignoring case; display names need not be unique,
     * so a name may map to several), for resolving {@code @mentions}. Names nobody goes by are left out.
     */
    Map<String, List<UUID>> byDisplayName(Collection<String> names);
}
