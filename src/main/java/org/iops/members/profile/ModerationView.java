package org.iops.members.profile;

import java.util.UUID;

/** What an admin of the member's branch sees under the profile: whether the account is suspended. */
public record ModerationView(UUID memberId, boolean suspended) {

    public String path() {
        return "/members/" + memberId;
    }
}
