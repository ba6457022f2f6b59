package org.iops.moderation.internal;

import java.util.Date;
import java.util.UUID;
import org.iops.content.PostingRefusedException;
import org.iops.content.PostingRule;
import org.iops.content.PostingVerdict;
import org.iops.moderation.internal.Suspensions.Suspension;
import org.iops.units.UnitId;
import org.springframework.stereotype.Component;

/**
 * A member suspended from posting in a unit (or a unit above it), or excluded everywhere, is refused on every path
 * a module posts by, with the reason and until when.
 */
@Component
class SuspensionRule implements PostingRule {

    private final Suspensions suspensions;

    SuspensionRule(Suspensions suspensions) {
        this.suspensions = suspensions;
    }

    @Override
    public PostingVerdict check(UUID author, UnitId unit, String markdown) {
        Suspension suspension = suspensions.inForce(author, unit).orElse(null);
        if (suspension == null) {
            return PostingVerdict.PUBLISH;
        }
        if (suspension.until() == null) {
            throw new PostingRefusedException(suspension.exclusion() ? "moderation.refused.excluded"
                    : "moderation.refused.suspendedUntilLifted", false, suspension.reason());
        }
        throw new PostingRefusedException("moderation.refused.suspended", false, suspension.reason(),
                Date.from(suspension.until()));
    }
}
