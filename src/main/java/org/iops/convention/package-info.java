/**
 * Toward the founding convention: the preconditions the members set for holding it (a governing rule), the records
 * that chapters met, members' optional self-declared gender (private, counted only in aggregates of at least five),
 * the continents of the branches' countries, and the public dashboard that shows how far the organization is from
 * its convention, with its trend; when every precondition is met, members and the committee are told once.
 *
 * <p>API: {@link org.iops.convention.ConventionPreconditions} (the rule's value and its key). See
 * {@code docs/convention.md}.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Convention",
        allowedDependencies = {"demo", "governance", "members", "notifications", "shared", "units", "web"})
package org.iops.convention;
