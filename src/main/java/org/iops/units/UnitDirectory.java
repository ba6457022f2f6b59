package org.iops.units;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Optional;
import java.util.UUID;

/** The organization tree as other modules use it. Implemented inside this module. */
public interface UnitDirectory {

    /** How many times a member may move their residence in any seven days (joining does not count). */
    int MOVES_PER_WEEK = 3;

    /**
     * The residence as {@link #place} would take it, or an {@link InvalidResidenceException} saying which field is
     * wrong: for forms that keep a residence before the member is placed (joining, until the address is confirmed).
     */
    Residence check(Residence residence);

    /**
     * Places a member by residence: in the branch of their country (created with the first member from it) and the
     * chapter of their locality (matched ignoring case, accents and spaces, through aliases; created as provisional
     * when none exists). A member who already has a placement is moved, and the previous placement is kept in their
     * history; a move is recorded in the new chapter's audit log. At most {@link #MOVES_PER_WEEK} moves in any
     * seven days: one more throws {@link TooManyMovesException}, changing nothing. Runs in the caller's transaction.
     */
    Placement place(UUID memberId, Residence residence);

    /** The member's current branch and residence chapter, if placed. */
    Optional<Placement> placementOf(UUID memberId);

    /**
     * Every unit the member currently belongs to: branch, region, residence chapter and chapters joined by choice;
     * the same answer as {@link Memberships#unitsOf}, from the same place.
     */
    List<UnitRef> membershipsOf(UUID memberId);

    /**
     * Whether {@code reader} has lived in {@code member}'s residence chapter since {@code livedThereSince} or
     * earlier: the "members of my chapter" privacy rule. Only residence counts on both sides; chapters joined by
     * choice (campus, online) never make chapter mates, and a reader who just moved in must wait. The privacy
     * policy sets the waiting period.
     */
    boolean shareAChapter(UUID reader, UUID member, Instant livedThereSince);

    /**
     * Of {@code members}, those {@code reader} is a chapter mate of by {@link #shareAChapter}: the rule for a whole
     * list at once. Override with one query.
     */
    default Set<UUID> chapterMatesAmong(UUID reader, Collection<UUID> members, Instant livedThereSince) {
        return members.stream().filter(member -> shareAChapter(reader, member, livedThereSince))
                .collect(Collectors.toSet());
    }

    /**
     * The member's placements by residence, oldest first, the current one last with a null {@code until}: for the
     * member's data export. Added by the accounts module; the default knows only the current placement.
     */
    default List<PlacementPeriod> placementHistoryOf(UUID memberId) {
        return placementOf(memberId).map(p -> List.of(new PlacementPeriod(p, null, null))).orElse(List.of());
    }

    /**
     * Writes what an admin did to a member's account into the audit log of the member's branch (the
     * international's for a member not placed yet). Call before {@link #forget} for a removal.
     */
    void recordModeration(UUID actor, UUID member, MemberModeration action);

    /**
     * The names of the country's locality chapters shown publicly ({@code Unit.isPublic}: not hidden, not an empty
     * provisional one), by name: what the join and residence forms suggest while the town is typed, and offer as
     * "did you mean". Empty for an unknown country.
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

    /**
     * The units above this one, from the international down to its parent, from the cached tree: for a module that
     * lets a unit's admins act on what lives below it (promoting a chapter's post to the branch). Empty for the
     * international and for an unknown unit.
     */
    default List<UnitRef> ancestorsOf(UnitId id) {
        return List.of();
    }

    /**
     * Whether visitors and members at large may find the unit's pages: not a hidden chapter, nor a provisional one
     * nobody lives in yet (the rule of the unit page). False for an unknown unit.
     */
    default boolean isPublic(UnitId id) {
        return find(id).isPresent();
    }

    /**
     * Whether a branch admin hid the chapter from public pages (against chapters made up by spammers): its page, and
     * everything in it, is then for its members and admins only. False for an unknown unit.
     */
    default boolean isHidden(UnitId id) {
        return false;
    }

    /** The organization's figures, counted as every page counts them ({@link OrganizationFigures}). */
    OrganizationFigures figures();

    /**
     * Recomputes every unit's member count from the memberships. Placement keeps the counts current; call this
     * after loading memberships in bulk with plain SQL (demo data, imports).
     */
    void recountMembers();
}
