package org.iops.units;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Implemented by the accounts module: the sign-ups whose email address is not confirmed yet. They are not members
 * yet, so the figures leave them out, and admins see the ones who declared a residence in their units so they can
 * help them finish joining. Unconfirmed accounts are removed a week after joining, so the list stays short.
 */
public interface PendingSignUps {

    /** A sign-up as an admin may see it: the name they chose, where they said they live, and when they signed up. */
    record PendingSignUp(UUID memberId, String displayName, String countryCode, String locality, Instant joinedAt) {
    }

    /** Every unconfirmed, not deleted sign-up, oldest first. */
    List<PendingSignUp> pending();
}
