package org.iops.units;

import org.jspecify.annotations.Nullable;

/**
 * A unit was added to the tree below {@code parent}: a branch with its country's first member, a locality chapter
 * by a placement (which also publishes {@link ChapterAppeared}), or a region or chosen chapter by a branch admin.
 */
public record UnitAdded(UnitId unit, UnitId parent, UnitLevel level, @Nullable ChapterKind kind) implements UnitChanged {
}
