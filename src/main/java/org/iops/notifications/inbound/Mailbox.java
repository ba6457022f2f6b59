package org.iops.notifications.inbound;

/**
 * The operator's mailbox that replies by email arrive in ({@code iops.mail.inbound.*}).
 *
 * @param protocol {@code imaps} (TLS, the default) or {@code imap}
 */
public record Mailbox(String host, int port, String user, String password, String protocol) {
}
