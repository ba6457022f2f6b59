package org.iops.members.account;

import org.iops.members.MemberDeleted;
import org.iops.members.MemberJoined;
import org.iops.members.MemberResidenceChanged;
import org.iops.units.Permissions;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A member placed, moved or deleted belongs to other units from now on: their cached standing goes once the change
 * is committed, so the next request sees the new memberships.
 */
@Component
class StandingRefresh {

    private final Permissions permissions;

    StandingRefresh(Permissions permissions) {
        this.permissions = permissions;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(MemberJoined joined) {
        permissions.forget(joined.memberId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(MemberResidenceChanged moved) {
        permissions.forget(moved.memberId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(MemberDeleted deleted) {
        permissions.forget(deleted.memberId());
    }
}
