package org.iops.members.profile;

import java.util.UUID;
import org.iops.members.account.Member;
import org.iops.members.privacy.PrivacyPolicy;
import org.iops.members.privacy.PrivacySettings;
import org.iops.members.privacy.Relation;
import org.iops.units.Placement;
import org.jspecify.annotations.Nullable;

/**
 * A member's profile as one reader may see it: every field the member did not show to this reader is null. The
 * branch and chapter are shown with the locality, since they tell where the member lives.
 */
public record ProfileView(UUID id, String displayName, @Nullable String realName, @Nullable String bio,
        @Nullable String locality, @Nullable String neighbourhood, @Nullable String email,
        @Nullable Placement placement, boolean self) {

    static ProfileView of(Member member, @Nullable Placement placement, Relation relation) {
        PrivacySettings p = PrivacyPolicy.effective(member.privacy());
        boolean placeVisible = PrivacyPolicy.canSee(p.locality(), relation);
        return new ProfileView(member.id(), member.displayName(),
                PrivacyPolicy.canSee(p.realName(), relation) ? member.realName() : null,
                PrivacyPolicy.canSee(p.bio(), relation) ? member.bio() : null,
                placeVisible ? member.residence().locality() : null,
                PrivacyPolicy.canSee(p.neighbourhood(), relation) ? member.residence().neighbourhood() : null,
                PrivacyPolicy.canSee(p.email(), relation) ? member.email() : null,
                placeVisible ? placement : null,
                relation == Relation.SELF);
    }
}
