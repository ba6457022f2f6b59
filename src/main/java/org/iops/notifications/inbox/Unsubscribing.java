package org.iops.notifications.inbox;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.iops.notifications.Delivery;
import org.iops.notifications.NotificationKind;
import org.iops.notifications.mail.Kinds;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What a one-click unsubscribe turns off: one kind, or every kind the member gets in a daily or weekly digest. */
@Component
public class Unsubscribing {

    /** The kind of a digest's unsubscribe tokens ({@code notifications.digest.daily}) and the period it stands for. */
    public static final String DIGEST_PREFIX = "notifications.digest.";

    private final Kinds kinds;
    private final Preferences preferences;

    Unsubscribing(Kinds kinds, Preferences preferences) {
        this.kinds = kinds;
        this.preferences = preferences;
    }

    /** Whether the token's kind is one a member can turn off (a declared kind, or a digest). */
    public boolean known(String kind) {
        return kinds.find(kind).isPresent() || digestPeriod(kind) != null;
    }

    /** Turns the kind (or the digest's kinds) to {@link Delivery#NEVER} for the member; idempotent. */
    @Transactional
    public void turnOff(UUID member, String kind) {
        Delivery period = digestPeriod(kind);
        Map<String, Delivery> off = new LinkedHashMap<>();
        if (period == null) {
            kinds.find(kind).ifPresent(declared -> off.put(declared.name(), Delivery.NEVER));
        } else {
            Map<String, Delivery> chosen = preferences.chosen(member);
            for (NotificationKind declared : kinds.list()) {
                if (chosen.getOrDefault(declared.name(), declared.defaultDelivery()) == period) {
                    off.put(declared.name(), Delivery.NEVER);
                }
            }
        }
        preferences.choose(member, off);
    }

    public static @org.jspecify.annotations.Nullable Delivery digestPeriod(String kind) {
        return switch (kind) {
            case DIGEST_PREFIX + "daily" -> Delivery.DAILY;
            case DIGEST_PREFIX + "weekly" -> Delivery.WEEKLY;
            default -> null;
        };
    }
}
