package org.iops.blogs.posts;

import java.util.UUID;
import org.iops.web.PageContextFactory;
import org.jspecify.annotations.Nullable;

/** Who reads: the signed-in member, or null for a visitor. */
final class Readers {

    private Readers() {
    }

    static @Nullable UUID viewer() {
        return PageContextFactory.currentMemberId();
    }

    /** The signed-in member; a visitor is sent to the login page by Spring Security. */
    static UUID signedIn() {
        return PageContextFactory.signedInMemberId();
    }
}
