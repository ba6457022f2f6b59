package org.iops.notifications.web;

import org.iops.shared.NotFoundException;
import org.iops.web.CurrentMember;
import org.iops.web.PageContextFactory;

/** The signed-in member whose notifications and choices a page shows (the request rules let only members in). */
final class Readers {

    private Readers() {
    }

    static CurrentMember signedIn() {
        CurrentMember reader = PageContextFactory.currentMember();
        if (reader == null) {
            throw new NotFoundException("notifications are a member's own");
        }
        return reader;
    }
}
