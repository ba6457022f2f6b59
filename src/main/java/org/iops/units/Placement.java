package org.iops.units;

/** The branch and the chapter a member's residence places them in. */
public record Placement(UnitRef branch, UnitRef chapter) {
}
