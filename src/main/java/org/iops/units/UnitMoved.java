package org.iops.units;

import java.util.UUID;

/** A chapter was moved from one region (or its branch) to another within the same branch. */
public record UnitMoved(UnitId unit, UnitId from, UnitId to, UUID by) implements UnitChanged {
}
