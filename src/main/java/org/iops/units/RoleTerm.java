package org.iops.units;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A role held in a unit for a term; {@code end} is null while the term is open. */
public record RoleTerm(Role role, UnitRef unit, LocalDate start, @Nullable LocalDate end) {
}
