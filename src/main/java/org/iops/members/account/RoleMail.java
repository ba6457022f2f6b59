package org.iops.members.account;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.iops.notifications.Email;
import org.iops.notifications.Mailer;
import org.iops.units.RoleAssigned;
import org.iops.units.RoleEnded;
import org.iops.units.UnitDirectory;
import org.iops.units.UnitId;
import org.iops.units.UnitLevel;
import org.iops.units.UnitRef;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells a member, in their language, that they were given a role and that a role of theirs ended, so that nobody
 * holds (or loses) a role without knowing it.
 */
@Component
class RoleMail {

    private final MemberRepository members;
    private final UnitDirectory units;
    private final Mailer mailer;
    private final MessageSource messages;
    private final String baseUrl;

    RoleMail(MemberRepository members, UnitDirectory units, Mailer mailer, MessageSource messages,
            @Value("${iops.base-url}") String baseUrl) {
        this.members = members;
        this.units = units;
        this.mailer = mailer;
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @ApplicationModuleListener
    void on(RoleAssigned assigned) {
        members.findById(assigned.memberId()).ifPresent(member -> {
            Locale locale = member.locale();
            mailer.send(Email.of(member.email(), locale, "members.mail.roleAssigned", link(assigned.unit()),
                    member.displayName(), roleName(assigned.role(), locale), unitName(assigned.unit(), locale),
                    date(assigned.startsAt(), locale),
                    assigned.endsAt() == null ? "none" : date(assigned.endsAt().minusNanos(1), locale)));
        });
    }

    @ApplicationModuleListener
    void on(RoleEnded ended) {
        members.findById(ended.memberId()).ifPresent(member -> {
            Locale locale = member.locale();
            mailer.send(Email.of(member.email(), locale,
                    ended.termOver() ? "members.mail.roleTermOver" : "members.mail.roleEnded", link(ended.unit()),
                    member.displayName(), roleName(ended.role(), locale), unitName(ended.unit(), locale)));
        });
    }

    private String roleName(org.iops.units.Role role, Locale locale) {
        return messages.getMessage(role.messageKey(), null, locale);
    }

    /** The international and branches by their name in the member's language, the others as their members named them. */
    private String unitName(UnitId id, Locale locale) {
        UnitRef unit = units.find(id).orElse(null);
        if (unit == null) {
            return "";
        }
        if (unit.level() == UnitLevel.INTERNATIONAL) {
            return messages.getMessage("units.international.name", null, locale);
        }
        return unit.name();
    }

    private static String date(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                .format(instant.atZone(ZoneOffset.UTC));
    }

    private @Nullable String link(UnitId unit) {
        return baseUrl + "/units/" + unit.value();
    }
}
