package org.iops.units;

/** A branch admin hid a provisional chapter from public pages ({@code hidden}), or showed it again. */
public record ChapterHidden(UnitId unit, boolean hidden) implements UnitChanged {
}
