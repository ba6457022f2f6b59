package org.iops.units;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Who belongs to which unit, now and at any past time: the one place that answers it, from the membership periods
 * this module keeps (a residence in a branch and a chapter, and chapters joined by choice, each from {@code since}
 * to {@code until}). A member belongs to a unit when they belong to it or to a unit below it as the tree is now
 * (a region's members are those of its chapters). A merge carries each membership to the surviving chapter with its
 * start, so a member of a merged chapter counts in the survivor from the day they joined. Implemented inside this
 * module.
 */
public interface Memberships {

    /**
     * The units the member belongs to now: the residence chain (branch, region when there is one, chapter) and the
     * chapters joined by choice, from the top down. Empty for a member not placed (or a deleted account).
     */
    List<UnitRef> unitsOf(UUID memberId);

    /** Whether the member belongs now to the unit or to a unit below it. */
    boolean belongsTo(UUID memberId, UnitId unit);

    /**
     * Whether the member belonged to the unit (or a unit below it) at {@code at}: a period that began at or before
     * {@code at} and had not ended by then. For electorates frozen at a date.
     */
    boolean wasMemberAt(UUID memberId, UnitId unit, Instant at);

    /** Everyone who belonged to the unit (or a unit below it) at {@code at}: the electorate frozen then. */
    Set<UUID> membersAt(UnitId unit, Instant at);

    /**
     * Everyone who belonged to the unit (or a unit below it) at {@code at}, each with the chapter they lived in then
     * (their residence chapter), or null for a member who belonged only by choice: a frozen electorate counted per
     * chapter (turnout per chapter, chapter-weighted polls).
     */
    java.util.Map<UUID, java.util.Optional<UnitId>> residenceChaptersAt(UnitId unit, Instant at);
}
