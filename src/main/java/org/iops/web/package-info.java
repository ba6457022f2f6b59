/**
 * The web layer shared by every module: the page context given to every template (language, messages, the
 * signed-in member, CSRF token), the security configuration, rate limiting, language selection and error pages.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Web", allowedDependencies = {"shared"})
package org.iops.web;
