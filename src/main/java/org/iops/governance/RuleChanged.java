package org.iops.governance;

import org.iops.units.UnitId;

/**
 * A new version of a governing rule was recorded, published in the recording transaction (through the durable
 * event publication: listen with {@code @ApplicationModuleListener}).
 *
 * @param key     the rule's name
 * @param unit    the unit it governs
 * @param version the new version number
 * @param status  its status
 */
public record RuleChanged(String key, UnitId unit, int version, RuleStatus status) {
}
