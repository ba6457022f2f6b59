package org.iops.members.account;

import org.iops.notifications.Notifications;
import org.iops.notifications.Parameter;
import org.iops.units.RoleAssigned;
import org.iops.units.RoleEnded;
import org.iops.units.UnitDirectory;
import org.iops.units.UnitId;
import org.iops.units.UnitLevel;
import org.iops.units.UnitRef;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells a member, in their language, that they were given a role and that a role of theirs ended, so that nobody
 * holds (or loses) a role without knowing it.
 */
@Component
class RoleMail {

    private final UnitDirectory units;
    private final Notifications notifications;
    private final String baseUrl;

    RoleMail(UnitDirectory units, Notifications notifications, @Value("${iops.base-url}") String baseUrl) {
        this.units = units;
        this.notifications = notifications;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @ApplicationModuleListener
    void on(RoleAssigned assigned) {
        notifications.notify(assigned.memberId(), "members.mail.roleAssigned", link(assigned.unit()),
                Parameter.recipientName(), roleName(assigned.role()), unitName(assigned.unit()),
                Parameter.date(assigned.startsAt()),
                assigned.endsAt() == null ? Parameter.text("none") : Parameter.date(assigned.endsAt().minusNanos(1)));
    }

    @ApplicationModuleListener
    void on(RoleEnded ended) {
        notifications.notify(ended.memberId(),
                ended.termOver() ? "members.mail.roleTermOver" : "members.mail.roleEnded", link(ended.unit()),
                Parameter.recipientName(), roleName(ended.role()), unitName(ended.unit()));
    }

    private static Parameter roleName(org.iops.units.Role role) {
        return Parameter.message(role.messageKey());
    }

    /**
     * The international and a branch by their names in the member's language (a branch is its country), the others as
     * their members named them.
     */
    private Parameter unitName(UnitId id) {
        UnitRef unit = units.find(id).orElse(null);
        if (unit == null) {
            return Parameter.text("");
        }
        if (unit.level() == UnitLevel.INTERNATIONAL) {
            return Parameter.message("units.international.name");
        }
        String country = unit.countryCode();
        return country != null ? Parameter.country(country) : Parameter.text(unit.name());
    }

    private String link(UnitId unit) {
        return baseUrl + "/units/" + unit.value();
    }
}
