package org.iops.units;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A placement by residence and when it held: {@code until} is null for the current one; unknown times are null. */
public record PlacementPeriod(Placement placement, @Nullable Instant since, @Nullable Instant until) {
}
