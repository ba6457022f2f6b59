package org.iops.units;

import java.util.UUID;

/** A member joined a district, campus or online chapter by choice. */
public record ChapterJoined(UUID memberId, UnitId chapter) {
}
