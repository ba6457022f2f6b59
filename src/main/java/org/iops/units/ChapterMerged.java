package org.iops.units;

import java.util.UUID;

/**
 * A duplicate chapter was merged into {@code survivor}: its members now belong to the survivor (keeping when they
 * joined), its other names lead there, its roles ended. A module that keeps data per chapter moves what belonged to
 * {@code unit} to {@code survivor}; the merged chapter's page only says where it went.
 */
public record ChapterMerged(UnitId unit, UnitId survivor, long membersMoved, UUID by) implements UnitChanged {
}
