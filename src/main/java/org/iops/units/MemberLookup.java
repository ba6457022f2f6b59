package org.iops.units;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Implemented by the accounts module: finds, among the members an admin administers, the one a role form names.
 * It never looks beyond the candidates it is given, so the role form cannot tell whether an address or a name
 * belongs to anyone elsewhere. Only admin screens use it.
 */
public interface MemberLookup {

    /**
     * Of {@code candidates}, the living members with a confirmed address whose display name contains {@code query}
     * (ignoring case) or whose email address is {@code query}, in display-name order, at most {@code limit}; each
     * card with the town (admins of a member may see it).
     */
    List<MemberCard> search(Collection<UUID> candidates, String query, int limit);

    /** Whether {@code member} is a living member with a confirmed address. */
    boolean exists(UUID member);
}
