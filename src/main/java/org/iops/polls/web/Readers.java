package org.iops.polls.web;

import java.util.UUID;
import org.iops.web.PageContextFactory;

/** Who reads: the signed-in member (visitors are sent to sign in by the request rules). */
final class Readers {

    private Readers() {
    }

    static UUID signedIn() {
        return PageContextFactory.signedInMemberId();
    }
}
