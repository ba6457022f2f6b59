package org.iops.notifications.mail;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.iops.notifications.NotificationCatalog;
import org.iops.notifications.NotificationKind;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Every kind of notification the modules declared ({@link NotificationCatalog}), read once: a declared kind is
 * listed, chosen and digested; any other kind is account mail, sent at once.
 */
@Component
public class Kinds {

    private final ObjectProvider<NotificationCatalog> catalogs;
    private volatile @Nullable Map<String, NotificationKind> byName;

    // the catalogs are asked lazily: a module's catalog may well be a bean that itself sends notifications
    Kinds(ObjectProvider<NotificationCatalog> catalogs) {
        this.catalogs = catalogs;
    }

    public Optional<NotificationKind> find(String name) {
        return Optional.ofNullable(all().get(name));
    }

    /** The declared kinds, by name, in the order of their names (modules together). */
    public Map<String, NotificationKind> all() {
        Map<String, NotificationKind> kinds = byName;
        if (kinds == null) {
            Map<String, NotificationKind> found = new LinkedHashMap<>();
            catalogs.orderedStream().flatMap(catalog -> catalog.kinds().stream())
                    .sorted(Comparator.comparing(NotificationKind::name))
                    .forEach(kind -> found.putIfAbsent(kind.name(), kind));
            byName = kinds = Map.copyOf(found);
        }
        return kinds;
    }

    public List<NotificationKind> list() {
        return all().values().stream().sorted(Comparator.comparing(NotificationKind::name)).toList();
    }
}
