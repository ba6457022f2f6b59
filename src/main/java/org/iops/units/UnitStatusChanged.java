package org.iops.units;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A chapter went from one status to another in a way that has no event of its own: active to dormant and back, or
 * archived back to provisional when someone moves there again ({@code by} is null: the platform did it). Founding,
 * archiving and merging publish {@link ChapterFounded}, {@link UnitArchived} and {@link ChapterMerged} instead.
 */
public record UnitStatusChanged(UnitId unit, UnitStatus from, UnitStatus to, @Nullable UUID by) implements UnitChanged {
}
