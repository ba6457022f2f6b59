package org.iops.units;

import java.util.UUID;

/** A member left a chapter they had joined by choice. */
public record ChapterLeft(UUID memberId, UnitId chapter) {
}
