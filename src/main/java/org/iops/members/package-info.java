/**
 * Accounts and members: joining, email verification, login, password reset, sessions, profiles, privacy
 * settings, data export and account deletion, and the first international admin's setup link.
 *
 * <p>API: {@link org.iops.members.MemberStatistics}, {@link org.iops.members.MemberNames}, the seam
 * {@link org.iops.members.MeSection} (a module's part of {@code /me}) and the events of this
 * package ({@link org.iops.members.MemberJoined}, {@link org.iops.members.MemberResidenceChanged}, {@link
 * org.iops.members.MemberDeleted}). It implements {@link org.iops.units.MemberCards} and {@link
 * org.iops.units.MemberLookup} for the units module.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Members", allowedDependencies = {"demo", "notifications", "shared", "units", "web"})
package org.iops.members;
