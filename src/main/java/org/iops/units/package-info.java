/**
 * The organization tree: the international, national branches, regions and chapters; placement of members by
 * residence; the chapter lifecycle; roles held for a term and the permissions they grant over a unit and every
 * unit below it.
 *
 * <p>API: {@link org.iops.units.UnitDirectory}, {@link org.iops.units.Permissions} (asked as
 * {@code may(reader, action, unit)}), {@link org.iops.units.Memberships} (who belongs where, now and at a past
 * time), the events of every change ({@link org.iops.units.UnitChanged} and its records,
 * {@link org.iops.units.MemberPlaced}, role events), the {@link org.iops.units.UnitSection} contribution point for
 * unit pages, and the value types of this package. Every module declares its actions, and any roles of its own, in
 * an {@link org.iops.units.ActionCatalog} bean. The accounts module implements {@link org.iops.units.MemberCards} so that unit pages can list members
 * as far as each member's privacy allows.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Units", allowedDependencies = {"demo", "notifications", "shared", "web"})
package org.iops.units;
