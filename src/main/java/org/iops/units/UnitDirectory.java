package org.iops.units;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The organization tree as other modules use it. Implemented inside this module. */
public interface UnitDirectory {

    /**
     * Places a member by residence: in the branch of their country (created with the first member from it) and the
     * chapter of their locality (matched ignoring case, accents and spaces, through aliases; created as provisional
     * when none exists). A member who already has a placement is moved, and the previous placement is kept in their
     * history. Runs in the caller's transaction.
     */
    Placement place(UUID memberId, Residence residence);

    /** The member's current branch and residence chapter, if placed. */
    Optional<Placement> placementOf(UUID memberId);

    /** Every unit the member currently belongs to: branch, residence chapter and chapters joined by choice. */
    List<UnitRef> membershipsOf(UUID memberId);

    /** Whether the two members share a chapter (residence or by choice): the "members of my chapter" privacy rule. */
    boolean shareAChapter(UUID member, UUID otherMember);

    /** Ends every membership and role of a deleted account; history keeps only counts. */
    void forget(UUID memberId);

    Optional<UnitRef> find(UnitId id);

    OrganizationFigures figures();

    /**
     * Recomputes every unit's member count from the memberships. Placement keeps the counts current; call this
     * after loading memberships in bulk with plain SQL (demo data, imports).
     */
    void recountMembers();
}
