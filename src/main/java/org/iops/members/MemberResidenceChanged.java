package org.iops.members;

import java.util.UUID;
import org.iops.units.UnitId;

/** A member changed their residence and was moved to this branch and chapter. */
public record MemberResidenceChanged(UUID memberId, UnitId branch, UnitId chapter) {
}
