package org.iops.members.account;

import org.iops.notifications.Notifications;
import org.iops.notifications.Parameter;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The account emails' way into the outbox: to a confirmed member by their id (the notifications module looks up
 * the address and language when it sends), to an account whose address is not confirmed yet at that address.
 */
@Component
class AccountMail {

    private final Notifications notifications;

    AccountMail(Notifications notifications) {
        this.notifications = notifications;
    }

    void toMember(Member member, String kind, @Nullable String link, Parameter... parameters) {
        if (member.verified()) {
            notifications.notify(member.id(), kind, link, parameters);
        } else {
            notifications.sendToAddress(member.email(), member.locale(), kind, link, parameters);
        }
    }

    /** To an address that is not a confirmed member's (yet, or any more), in the given language. */
    void toAddress(String address, java.util.Locale language, String kind, @Nullable String link,
            Parameter... parameters) {
        notifications.sendToAddress(address, language, kind, link, parameters);
    }
}
