package org.iops.governance.web;

import java.time.Instant;
import java.util.List;
import org.iops.governance.RuleStatus;
import org.iops.units.UnitRef;
import org.jspecify.annotations.Nullable;

/** What the rules pages show, built for one reader. */
public final class RuleViews {

    private RuleViews() {
    }

    /**
     * A decision as this reader may see it: its title and page when they may see it, else only that a decision
     * set the version ({@code path} null); {@code none} for a version recorded by hand.
     */
    public record DecisionView(boolean none, @Nullable String title, @Nullable String path) {
        static final DecisionView NONE = new DecisionView(true, null, null);
    }

    /**
     * One version of a rule ({@code version} 0 for the default, which no one set).
     */
    public record VersionView(int version, List<String> lines, @Nullable RuleStatus status, @Nullable Instant since,
            DecisionView decision, String note) {

        public boolean isDefault() {
            return version == 0;
        }
    }

    /** A rule in the list: where it holds now for the organization, and how many units set their own. */
    public record RuleSummary(String key, String titleKey, VersionView current, int versions) {
        public String path() {
            return "/rules/" + key;
        }
    }

    /** A unit that set its own version of a rule. */
    public record UnitVersion(UnitRef unit, VersionView current) {
    }

    /** One rule's page: its current value in the unit shown, that unit's history, the units with their own. */
    public record RulePage(String key, String titleKey, UnitRef unit, boolean international, VersionView current,
            @Nullable UnitRef inheritedFrom, List<VersionView> history, List<UnitVersion> ownVersions,
            @Nullable String morePath) {
    }
}
