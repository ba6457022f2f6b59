package org.iops.units;

import java.util.Optional;
import java.util.UUID;

/**
 * Implemented by the accounts module: finds the member an admin names on a role form, by email address or by
 * member id. Only admin screens use it; the answer is never shown to anyone else.
 */
public interface MemberLookup {

    /**
     * The id of the member whose email address (ignoring case) or id is {@code emailOrId}, if that account exists
     * and is not deleted.
     */
    Optional<UUID> find(String emailOrId);
}
