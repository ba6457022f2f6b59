package org.iops.members;

import java.util.UUID;
import org.iops.units.UnitId;

/** A member joined and was placed in a branch and a chapter (their address is not verified yet). */
public record MemberJoined(UUID memberId, UnitId branch, UnitId chapter) {
}
