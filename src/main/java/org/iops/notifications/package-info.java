/**
 * Notifications: email to members, in their language, durably. {@link org.iops.notifications.Notifications} writes
 * each message to an outbox in the caller's transaction; a db-scheduler task sends what is waiting, with retries
 * and backoff. When an SMTP server is configured ({@code spring.mail.host}) messages go there; otherwise each is
 * written as an {@code .eml} file into {@code <data dir>/outbox/}.
 *
 * <p>API: {@link org.iops.notifications.Notifications}, {@link org.iops.notifications.Parameter} and, implemented
 * by members, {@link org.iops.notifications.Recipients}.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Notifications", allowedDependencies = {"shared"})
package org.iops.notifications;
