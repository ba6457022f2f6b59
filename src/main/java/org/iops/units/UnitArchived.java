package org.iops.units;

import java.util.UUID;

/**
 * A chapter nobody lives in, or an empty region, was archived: it takes no members any more and leaves the lists; its
 * page and history stay. A module closes what it keeps for the unit (nothing new is started there) but deletes
 * nothing. An archived chapter reopens when someone moves there again ({@link UnitStatusChanged}).
 */
public record UnitArchived(UnitId unit, UnitLevel level, UUID by) implements UnitChanged {
}
