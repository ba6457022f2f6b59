package org.iops.governance;

import java.time.Instant;
import java.util.UUID;
import org.iops.content.ContentRef;
import org.iops.units.UnitId;
import org.jspecify.annotations.Nullable;

/**
 * One version of a governing rule in one unit.
 *
 * @param id        the version's own id
 * @param key       the rule's name
 * @param unit      the unit the version governs (the international for organization-wide rules)
 * @param version   1 for the first version set in this unit, then 2, 3...
 * @param value     the rule's value
 * @param status    interim or ratified
 * @param since     when this version took effect
 * @param setBy     the member who recorded it, null for the rules the platform starts with
 * @param decidedBy the decision that set it (a poll, a proposal, a committee query), null when recorded by hand
 * @param note      why it was set, as the member who recorded it wrote it (may be empty)
 * @param <T>       the value type
 */
public record RuleVersion<T>(UUID id, String key, UnitId unit, int version, T value, RuleStatus status,
        Instant since, @Nullable UUID setBy, @Nullable ContentRef decidedBy, String note) {
}
