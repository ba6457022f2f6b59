package org.iops.blogs.posts;

import java.util.UUID;
import org.iops.web.CurrentMember;
import org.iops.web.PageContextFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/** Who reads: the signed-in member, or null for a visitor. */
final class Readers {

    private Readers() {
    }

    static @Nullable UUID viewer() {
        CurrentMember member = PageContextFactory.currentMember();
        return member == null ? null : member.memberId();
    }

    /** The signed-in member; a visitor is sent to the login page by Spring Security. */
    static UUID signedIn() {
        UUID reader = viewer();
        if (reader == null) {
            throw new AccessDeniedException("sign in first");
        }
        return reader;
    }
}
