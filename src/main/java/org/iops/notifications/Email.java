package org.iops.notifications;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * An email to one address, written from message keys in the recipient's language: {@code <key>.subject} is the
 * subject and {@code <key>.body} the text (paragraphs separated by a blank line); both get {@code arguments} for
 * {0}, {1}... When there is a {@code link}, it is shown as a button labelled {@code <key>.action} and as a plain
 * address under it.
 *
 * @param to the recipient's address
 * @param locale the recipient's language
 * @param key the message key prefix, for example {@code members.mail.verify}
 * @param arguments values for the placeholders of the subject and body
 * @param link an absolute address to follow, or null
 */
public record Email(String to, Locale locale, String key, List<Object> arguments, @Nullable String link) {

    public Email {
        arguments = List.copyOf(arguments);
    }

    public static Email of(String to, Locale locale, String key, @Nullable String link, Object... arguments) {
        return new Email(to, locale, key, List.of(arguments), link);
    }
}
