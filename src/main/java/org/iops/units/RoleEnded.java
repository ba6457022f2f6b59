package org.iops.units;

import java.util.UUID;

/**
 * A member's role in a unit ended: ended early by an admin (or by a merge of the unit), or, when {@code termOver},
 * at the end of its term. Published once per term.
 */
public record RoleEnded(UUID memberId, UnitId unit, Role role, boolean termOver) {
}
