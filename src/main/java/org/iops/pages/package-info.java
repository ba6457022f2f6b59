/**
 * The public site: the home page with the organization's live figures, and the content pages (vision, mission,
 * commitments, history, questions and answers) written in Markdown, translated per language and edited by
 * international admins with an immutable revision history.
 *
 * <p>This module offers no API to other modules; it reads {@link org.iops.members.MemberStatistics},
 * {@link org.iops.units.UnitDirectory} and {@link org.iops.units.Permissions}.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Pages")
package org.iops.pages;
