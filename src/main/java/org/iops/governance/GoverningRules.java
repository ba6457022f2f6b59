package org.iops.governance;

import java.util.List;
import java.util.UUID;
import org.iops.content.ContentRef;
import org.iops.units.UnitId;
import org.jspecify.annotations.Nullable;

/**
 * The one place governing rules are kept. A rule set in a unit holds there and in every unit below it that has no
 * version of its own (a branch's proposal rules hold in its chapters until a chapter sets its own); where no unit on
 * the way up set one, the key's default holds. Versions are never changed or deleted: a new version replaces the
 * last one from its {@code since}, and the history stays readable with the decision that set each version.
 * Implemented inside this module.
 */
public interface GoverningRules {

    /** The value that holds in the unit now: its own latest version, else the nearest unit's above, else the default. */
    <T> T current(RuleKey<T> key, UnitId unit);

    /**
     * The version that holds in the unit now, with where it comes from, or null when the default holds (no version
     * was set in the unit or above).
     */
    <T> @Nullable RuleVersion<T> currentVersion(RuleKey<T> key, UnitId unit);

    /**
     * Records a new version of the rule in the unit, in the caller's transaction, and publishes {@link RuleChanged}.
     *
     * @param setBy     the member recording it (the caller checked that they may)
     * @param decidedBy the decision that set it, or null when recorded by hand (an interim rule)
     * @param note      why, in the recorder's words (trimmed; may be empty)
     */
    <T> RuleVersion<T> set(RuleKey<T> key, UnitId unit, T value, RuleStatus status, @Nullable UUID setBy,
            @Nullable ContentRef decidedBy, String note);

    /** Every version set in the unit itself, newest first. */
    <T> List<RuleVersion<T>> history(RuleKey<T> key, UnitId unit);
}
