package org.iops.members.account;

import java.time.Clock;
import java.util.UUID;
import org.iops.shared.ForbiddenException;
import org.iops.units.MemberModeration;
import org.iops.units.Permissions;
import org.iops.units.UnitActions;
import org.iops.units.UnitDirectory;
import org.iops.units.UnitId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the admins of a member's branch (and the international's) may do to the member's account: suspend it
 * (no sign-in, listed nowhere, every session ended) and reinstate it, or remove it for good. Never to
 * themselves, nor to an admin of the member's branch or of the international. Each is written to the audit log.
 */
@Service
public class Moderation {

    private final MemberRepository members;
    private final Accounts accounts;
    private final UnitDirectory units;
    private final Permissions permissions;
    private final Clock clock;

    Moderation(MemberRepository members, Accounts accounts, UnitDirectory units, Permissions permissions,
            Clock clock) {
        this.members = members;
        this.accounts = accounts;
        this.units = units;
        this.permissions = permissions;
        this.clock = clock;
    }

    /** Whether {@code actor} may suspend or remove {@code member}. */
    @Transactional(readOnly = true)
    public boolean mayModerate(UUID actor, UUID member) {
        if (actor.equals(member) || members.findById(member).isEmpty()
                || permissions.may(member, UnitActions.MODERATE_MEMBERS, UnitId.INTERNATIONAL)) {
            return false;
        }
        if (permissions.may(actor, UnitActions.MODERATE_MEMBERS, UnitId.INTERNATIONAL)) {
            return true;
        }
        // those who may moderate the members of the branch are protected from each other
        return units.placementOf(member)
                .map(p -> permissions.may(actor, UnitActions.MODERATE_MEMBERS, p.branch().id())
                        && !permissions.may(member, UnitActions.MODERATE_MEMBERS, p.branch().id()))
                .orElse(false);
    }

    @Transactional
    public void suspend(UUID actor, UUID member) {
        require(actor, member);
        if (members.findById(member).filter(Member::suspended).isPresent()) {
            return;
        }
        members.setSuspended(member, clock.instant());
        accounts.endSessions(member, null);
        units.recordModeration(actor, member, MemberModeration.SUSPENDED);
    }

    @Transactional
    public void reinstate(UUID actor, UUID member) {
        require(actor, member);
        if (members.findById(member).filter(Member::suspended).isEmpty()) {
            return;
        }
        members.setSuspended(member, null);
        units.recordModeration(actor, member, MemberModeration.REINSTATED);
    }

    /** Deletes the account as the member could themself; the audit log keeps that an admin did it. */
    @Transactional
    public void remove(UUID actor, UUID member) {
        require(actor, member);
        units.recordModeration(actor, member, MemberModeration.REMOVED);
        accounts.delete(member);
    }

    private void require(UUID actor, UUID member) {
        if (!mayModerate(actor, member)) {
            throw new ForbiddenException("moderate member " + member);
        }
    }
}
