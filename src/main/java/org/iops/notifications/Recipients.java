package org.iops.notifications;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Implemented by the members module: where a member's email goes and in which language. Only the notifications
 * module asks, when it sends, so no feature module ever holds an address.
 */
public interface Recipients {

    /** How to reach a member: the confirmed address, the name they go by and the language they chose. */
    record Recipient(String address, String displayName, Locale language) {
    }

    /** The member, or empty when the account is gone, suspended or its address is not confirmed. */
    Optional<Recipient> find(UUID memberId);

    /** The member whose confirmed address this is (in any case), or empty when none is. */
    Optional<UUID> memberWithAddress(String address);
}
