package org.iops.convention.standing;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the preconditions look at in one live chapter: its members now, how many of them declared themselves women,
 * and the day of its latest recorded meeting. {@code women} never leaves the server as such (see {@link ChapterState}).
 */
public record ChapterFacts(UUID id, String name, UUID branchId, @Nullable String countryCode, long members,
        long women, @Nullable LocalDate lastMet) {
}
