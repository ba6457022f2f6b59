package org.iops.units;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A member was given a role in a unit for a term from {@code startsAt} until {@code endsAt} (open if null). */
public record RoleAssigned(UUID memberId, UnitId unit, Role role, Instant startsAt, @Nullable Instant endsAt) {
}
