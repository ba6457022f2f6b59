/**
 * Notifications: email to members, in their language. When an SMTP server is configured ({@code spring.mail.host})
 * messages go there; otherwise each is written as an {@code .eml} file into {@code <data dir>/outbox/}.
 *
 * <p>API: {@link org.iops.notifications.Mailer} and {@link org.iops.notifications.Email}.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.iops.notifications;
