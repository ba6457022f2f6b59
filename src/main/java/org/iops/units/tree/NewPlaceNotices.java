package org.iops.units.tree;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.iops.notifications.Notifications;
import org.iops.notifications.Parameter;
import org.iops.units.ChapterAppeared;
import org.iops.units.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the branch's admins by email that a new provisional chapter appeared in their branch, and the
 * international's admins that a new branch did (it has no admins of its own yet), each in their own language.
 */
@Component
class NewPlaceNotices {

    private final RoleBook roles;
    private final UnitRepository units;
    private final Notifications notifications;
    private final String baseUrl;

    NewPlaceNotices(RoleBook roles, UnitRepository units, Notifications notifications,
            @Value("${iops.base-url}") String baseUrl) {
        this.roles = roles;
        this.units = units;
        this.notifications = notifications;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @ApplicationModuleListener
    void on(ChapterAppeared appeared) {
        Unit chapter = units.get(appeared.chapter().value());
        Unit branch = units.get(appeared.branch().value());
        Set<UUID> admins = new LinkedHashSet<>(roles.currentHolders(branch.id(), Role.ADMIN));
        String key = "units.mail.newChapter";
        if (appeared.newBranch() || admins.isEmpty()) {
            admins.addAll(roles.currentHolders(Unit.INTERNATIONAL, Role.ADMIN));
            key = appeared.newBranch() ? "units.mail.newBranch" : key;
        }
        String link = baseUrl + chapter.ref().path();
        for (UUID admin : admins) {
            notifications.notify(admin, key, link, Parameter.text(chapter.name()),
                    Parameter.country(branch.countryCode() == null ? "" : branch.countryCode()));
        }
    }
}
