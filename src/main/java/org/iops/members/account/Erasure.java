package org.iops.members.account;

import java.util.List;
import org.iops.members.MemberDeleted;
import org.iops.shared.PersonalData;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * On {@link MemberDeleted}, whichever path deleted the account, every module erases what it keeps about the member
 * ({@link PersonalData#erase}). It listens synchronously, inside the deleting transaction: a module that fails to
 * erase undoes the deletion, and nothing is left half-deleted. Modules with slower follow-up work listen to the
 * event themselves, after the commit.
 */
@Component
class Erasure {

    private final ObjectProvider<PersonalData> modules;

    Erasure(ObjectProvider<PersonalData> modules) {
        this.modules = modules;
    }

    @EventListener
    void on(MemberDeleted deleted) {
        List<PersonalData> all = modules.orderedStream().toList();
        for (PersonalData module : all) {
            module.erase(deleted.memberId());
        }
    }
}
