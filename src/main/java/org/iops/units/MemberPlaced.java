package org.iops.units;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A member was placed by residence in {@code chapter} of {@code branch}: for the first time ({@code previousChapter}
 * null) or moved from another chapter. Not published when a placement finds them where they already live.
 */
public record MemberPlaced(UUID memberId, UnitId branch, UnitId chapter, @Nullable UnitId previousChapter) {
}
