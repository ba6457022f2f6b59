package org.iops.members;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * The names to show next to what members wrote (posts, comments, proposals). A deleted account has no name: show
 * the message {@code members.former} ("former member") instead.
 */
public interface MemberNames {

    /** The display name of each known member among {@code ids}; deleted accounts map to the empty string. */
    Map<UUID, String> displayNames(Collection<UUID> ids);
}
