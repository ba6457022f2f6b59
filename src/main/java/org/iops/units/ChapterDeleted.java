package org.iops.units;

/**
 * A chapter that was never founded and where nobody lived was deleted for good (spam): a module deletes what it kept
 * for it. Its audit lines moved to {@code branch}.
 */
public record ChapterDeleted(UnitId unit, UnitId branch) implements UnitChanged {
}
