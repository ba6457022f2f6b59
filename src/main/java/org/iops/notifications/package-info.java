/**
 * Notifications: what concerns a member, in their notification list (the bell) and by email, in their language,
 * durably. {@link org.iops.notifications.Notifications} writes
 * each message to an outbox in the caller's transaction; a db-scheduler task sends what is waiting, with retries
 * and backoff. When an SMTP server is configured ({@code spring.mail.host}) messages go there; otherwise each is
 * written as an {@code .eml} file into {@code <data dir>/outbox/}.
 *
 * <p>API: {@link org.iops.notifications.Notifications}, {@link org.iops.notifications.Parameter} and, implemented
 * by members, {@link org.iops.notifications.Recipients}; contributions {@link org.iops.notifications.NotificationCatalog}
 * (the kinds a module sends, which members choose how to get) and {@link org.iops.notifications.ReplyByEmail}
 * (threads answerable by email). Sub-packages: {@code mail} sends (outbox, digests, signed tokens), {@code inbox}
 * keeps the lists and the choices, {@code web} shows them, {@code inbound} reads replies from the operator's mailbox.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Notifications", allowedDependencies = {"demo", "shared", "web"})
package org.iops.notifications;
