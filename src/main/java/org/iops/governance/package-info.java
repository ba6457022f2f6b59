/**
 * Rules that remember how they were made: the organization's governing rules (the convention's preconditions, the
 * committee's procedures, quorum defaults, each unit's proposal rules) kept as data, each with a status (interim or
 * ratified), a version history and a link to the decision that set each version.
 *
 * <p>API: {@link org.iops.governance.GoverningRules}, {@link org.iops.governance.RuleKey} (a module declares the
 * keys of its own rules, with their value type and default), {@link org.iops.governance.RuleVersion}, {@link
 * org.iops.governance.RuleStatus} and the event {@link org.iops.governance.RuleChanged}. See
 * {@code docs/governance.md}.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Governance",
        allowedDependencies = {"content", "members", "notifications", "shared", "units", "web"})
package org.iops.governance;
