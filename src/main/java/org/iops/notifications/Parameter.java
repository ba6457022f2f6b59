package org.iops.notifications;

import java.time.Instant;
import java.util.UUID;

/**
 * A value for a placeholder of a notification, put in the recipient's language when the message is sent (the
 * sender does not know that language).
 */
public sealed interface Parameter {

    /** Text shown as it is: a name, a message a member wrote. */
    record Text(String value) implements Parameter {
    }

    /** The text of a message key in the recipient's language, such as a role's name. */
    record Message(String key) implements Parameter {
    }

    /** A date in the recipient's language (long form, UTC). */
    record Date(Instant value) implements Parameter {
    }

    /** A country's name in the recipient's language, from its ISO 3166 code. */
    record Country(String code) implements Parameter {
    }

    /** A count, for the plural forms of a message ({@code {0, plural, one {# person} other {# people}}}). */
    record Number(long value) implements Parameter {
    }

    /** The name the recipient goes by. */
    record RecipientName() implements Parameter {
    }

    /** Another member's address, for a message whose sender chose to share it with the recipient. */
    record MemberAddress(UUID memberId) implements Parameter {
    }

    static Parameter text(String value) {
        return new Text(value);
    }

    static Parameter message(String key) {
        return new Message(key);
    }

    static Parameter date(Instant value) {
        return new Date(value);
    }

    static Parameter country(String code) {
        return new Country(code);
    }

    static Parameter number(long value) {
        return new Number(value);
    }

    static Parameter recipientName() {
        return new RecipientName();
    }

    static Parameter memberAddress(UUID memberId) {
        return new MemberAddress(memberId);
    }
}
