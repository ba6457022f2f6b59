package org.iops.units;

import java.time.LocalDate;
import java.util.UUID;

/** Its members founded a provisional chapter: it is active from {@code foundedOn}, as {@code by} recorded it. */
public record ChapterFounded(UnitId unit, LocalDate foundedOn, UUID by) implements UnitChanged {
}
