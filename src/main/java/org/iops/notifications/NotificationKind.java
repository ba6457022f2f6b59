package org.iops.notifications;

import java.util.regex.Pattern;

/**
 * A kind of notification members choose how to receive ({@link Delivery}), declared by the module that sends it
 * in its {@link NotificationCatalog}: {@code forums.reply}, {@code content.mention}, {@code reactions.reaction}.
 * Kinds nobody declared (a password reset, a confirmation link) are the account's own mail: always sent at once,
 * never digested or turned off.
 *
 * <p>The module's bundle names the kind under {@code <name>.setting} (the label of the choice on the member's
 * settings) besides the message keys of {@link Notifications#notify}.
 *
 * @param defaultDelivery what a member who never chose gets
 */
public record NotificationKind(String name, Delivery defaultDelivery) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-zA-Z0-9]*(\\.[a-z][a-zA-Z0-9]*)+");

    public NotificationKind {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a notification kind is named <module>.<noun>: " + name);
        }
    }

    /** The label of this kind on the member's notification settings. */
    public String settingKey() {
        return name + ".setting";
    }
}
