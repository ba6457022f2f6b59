package org.iops.units;

/**
 * Something changed the tree or a unit's life: every structural event of this module is one, so a module that keeps
 * a copy of the tree (a cache, a search index) listens to this one type. Published inside the changing transaction
 * through Spring Modulith's event publication, so a listener hears of it once it commits, even after a crash.
 */
public sealed interface UnitChanged permits ChapterFounded, ChapterMerged, UnitArchived, UnitMoved, UnitStatusChanged,
        UnitAdded, UnitRenamed, ChapterHidden, ChapterDeleted {

    /** The unit that changed. */
    UnitId unit();
}
