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
     * {@link #notify(UUID, String, String, NotificationPlace, Parameter...)} for every member of an audience, however
     * large: the caller's transaction writes one row (nothing is sent when it rolls back), and a db-scheduler task
     * expands it after the commit, a few thousand members per transaction, into exactly the notifications
     * {@code notify} would have written for each (their choice of delivery, their language when the mail leaves,
     * the bell). A crash during the expansion resumes where the last committed batch ended.
     *
     * @param audience the bean name of a module's {@link Audience}, for example {@code units.members}
     * @param key which group of that audience, for example a unit's id
     * @throws IllegalArgumentException when no {@link Audience} bean has that name
     */
    default void notifyAudience(String audience, String key, String kind, @Nullable String link,
            NotificationPlace place, Parameter... parameters) {
        notifyAudience(audience, key, java.util.Set.of(), kind, link, place, parameters);
    }

    /**
     * {@link #notifyAudience(String, String, String, String, NotificationPlace, Parameter...)} for every member of
     * the audience but those in {@code except}: the author of what is announced, or those the caller told already
     * with a notification of their own (a few, or a few thousand: they are kept with the row).
     */
    void notifyAudience(String audience, String key, java.util.Set<UUID> except, String kind, @Nullable String link,
            NotificationPlace place, Parameter... parameters);

    /**
     * Emails an address that is not (or not yet, or no longer) a confirmed member's: a confirmation link, a
     * notice to an address someone tried to join with, the goodbye to a deleted account. Everything else goes
     * through {@link #notify}.
     */
    void sendToAddress(String address, Locale language, String kind, @Nullable String link, Parameter... parameters);
}
