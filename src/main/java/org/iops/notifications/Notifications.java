package org.iops.notifications;

import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Sends emails, durably. Each call writes one row to the outbox in the caller's transaction (a rolled back
 * transaction sends nothing); the row is sent after the commit, and retried with a growing delay while the mail
 * server is unreachable, so a crash or an outage delays mail and loses none.
 *
 * <p>A message is written from message keys in the recipient's language: {@code <kind>.subject} is the subject,
 * {@code <kind>.body} the text (paragraphs separated by a blank line), both formatted with the {@code parameters}
 * as {0}, {1}...; with a {@code link}, {@code <kind>.action} labels the button that leads to it. Parameters that
 * depend on the language (a role's name, a date, a country) are given as such and put in the recipient's language
 * when the message is sent.
 *
 * <p>A kind declared in a {@link NotificationCatalog} also shows in the member's notification list (the bell), and
 * is emailed as the member chose ({@link Delivery}): at once, in a daily or weekly digest, or not at all. Kinds
 * nobody declared (account mail) are always emailed at once and never listed.
 */
public interface Notifications {

    /**
     * Emails a member, at the address and in the language {@link Recipients} gives when the message is sent. Sent
     * to nobody if by then the member is gone.
     *
     * @param kind the message key prefix, for example {@code units.mail.newChapter}
     * @param link an absolute address on this site, or null
     */
    void notify(UUID memberId, String kind, @Nullable String link, Parameter... parameters);

    /**
     * {@link #notify} about a thread the member may answer by replying to the email (see {@link ReplyByEmail}): the
     * email's reply-to address carries a token signed for this member and this thread.
     */
    default void notify(UUID memberId, String kind, @Nullable String link, ReplyThread thread, Parameter... parameters) {
        notify(memberId, kind, link, new NotificationPlace(null, null, thread), parameters);
    }

    /**
     * {@link #notify} with where the notification belongs: digests group what they gather by its unit and thread,
     * and a thread makes the email answerable (as {@link #notify(UUID, String, String, ReplyThread, Parameter...)}).
     */
    default void notify(UUID memberId, String kind, @Nullable String link, NotificationPlace place,
            Parameter... parameters) {
        notify(memberId, kind, link, parameters);
    }

    /**
     * Emails an address that is not (or not yet, or no longer) a confirmed member's: a confirmation link, a
     * notice to an address someone tried to join with, the goodbye to a deleted account. Everything else goes
     * through {@link #notify}.
     */
    void sendToAddress(String address, Locale language, String kind, @Nullable String link, Parameter... parameters);
}
