/**
 * The public site: the home page with the organization's live figures, and the content pages (vision, mission,
 * commitments, history, questions and answers) written in Markdown, translated per language and edited by
 * international admins with an immutable revision history.
 *
 * <p>Its one API is {@link org.iops.pages.HomeFeature}: a module that brings a tool declares a bean of it, and the
 * home page's "How it works" shows its words, so the home page promises only what is installed. It reads {@link org.iops.members.MemberStatistics},
 * {@link org.iops.units.UnitDirectory} and {@link org.iops.units.Permissions}.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Pages", allowedDependencies = {"members", "shared", "units", "web"})
package org.iops.pages;
