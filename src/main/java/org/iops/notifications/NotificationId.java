package org.iops.notifications;

import java.util.UUID;
import org.iops.shared.MalformedIdException;

/** One line of a member's notification list, as its address names it ({@code /notifications/{id}/open}). */
public record NotificationId(UUID value) {

    /** @throws MalformedIdException (a 404) for anything but a UUID in its canonical form */
    public static NotificationId parse(String text) {
        return new NotificationId(MalformedIdException.uuid(text, "notification"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
