package org.iops.polls.web;

import java.util.UUID;
import org.iops.web.CurrentMember;
import org.iops.web.PageContextFactory;
import org.springframework.security.access.AccessDeniedException;

/** Who reads: the signed-in member (visitors are sent to sign in by the request rules). */
final class Readers {

    private Readers() {
    }

    static UUID signedIn() {
        CurrentMember member = PageContextFactory.currentMember();
        if (member == null) {
            throw new AccessDeniedException("sign in first");
        }
        return member.memberId();
    }
}
