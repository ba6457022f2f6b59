package org.iops.notifications.mail;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One email as its templates show it, in the recipient's language: {@code notifications/email.jte} writes the
 * HTML part and {@code jte-text/notifications/email.jte} the plain-text part.
 *
 * @param paragraphs the body's paragraphs, each as its lines
 * @param action the label of the button that leads to {@code link}
 * @param why the footer's sentence saying why the recipient gets this email
 * @param settings the footer's line leading to the member's settings, or to the site for a non-member
 * @param unsubscribe the footer's line with the one-click unsubscribe address, for a kind a member may turn off
 */
public record EmailView(String language, String subject, List<List<String>> paragraphs, @Nullable String action,
        @Nullable String link, String linkHint, String why, String settings, @Nullable String unsubscribe) {
}
