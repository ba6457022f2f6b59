package org.iops.units;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Implemented by the accounts module: the sign-ups whose email address is not confirmed yet. They are not members
 * yet (they are placed only when they confirm), and admins see the ones who declared a residence in their units so
 * they can help them finish joining. Unconfirmed accounts are removed a week after joining, so the list stays short.
 */
public interface PendingSignUps {

    /** A sign-up as an admin may see it: the name they chose, where they said they live, and when they signed up. */
    record PendingSignUp(UUID memberId, String displayName, String countryCode, String locality, Instant joinedAt) {
    }

    /**
     * The unconfirmed, not deleted sign-ups who said they live in this country (ISO 3166-1 alpha-2), or everywhere
     * when it is null, oldest first.
     */
    List<PendingSignUp> pendingIn(@Nullable String countryCode);
}
