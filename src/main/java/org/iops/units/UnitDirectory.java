package org.iops.units;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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

    /**
     * Of {@code others}, those who share a chapter with {@code member}: the "members of my chapter" privacy rule for a
     * whole list at once. Added by the accounts module; override with one query.
     */
    default Set<UUID> chapterMatesAmong(UUID member, Collection<UUID> others) {
        return others.stream().filter(other -> shareAChapter(member, other)).collect(Collectors.toSet());
    }

    /**
     * The member's placements by residence, oldest first, the current one last with a null {@code until}: for the
     * member's data export. Added by the accounts module; the default knows only the current placement.
     */
    default List<PlacementPeriod> placementHistoryOf(UUID memberId) {
        return placementOf(memberId).map(p -> List.of(new PlacementPeriod(p, null, null))).orElse(List.of());
    }

    /**
     * The names of the country's locality chapters that take members, by name: what the join and residence forms
     * suggest while the town is typed. Empty for an unknown country.
     */
    default List<String> chapterNames(String countryCode) {
        return List.of();
    }

    /**
     * When the residence's town matches no chapter of its country (nor another name of one) but is near some ("Sao
     * Paolo" and "São Paulo": case, accents and spaces ignored, at most two letters apart), their names, nearest
     * first, at most three. Empty when the town matches a chapter or is near none: placing the member then makes no
     * typo chapter.
     */
    default List<String> nearChapters(Residence residence) {
        return List.of();
    }

    /** Ends every membership and role of a deleted account; history keeps only counts. */
    void forget(UUID memberId);

    Optional<UnitRef> find(UnitId id);

    /** The organization's figures, counted as every page counts them ({@link OrganizationFigures}). */
    OrganizationFigures figures();

    /**
     * Recomputes every unit's member count from the memberships. Placement keeps the counts current; call this
     * after loading memberships in bulk with plain SQL (demo data, imports).
     */
    void recountMembers();
}
