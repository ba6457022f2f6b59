package org.iops.notifications;

/**
 * Sends emails to members. Inside a transaction the message leaves only after the transaction commits (a rolled
 * back join sends nothing); outside one it leaves at once. Sending happens in the background, so a page answers
 * as fast whether or not it sent an email, and a failed delivery is logged, not shown to the reader.
 */
public interface Mailer {

    void send(Email email);
}
