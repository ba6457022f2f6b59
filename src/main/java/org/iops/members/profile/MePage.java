package org.iops.members.profile;

import java.util.List;
import org.iops.shared.Countries.Country;
import org.iops.web.FormErrors;
import org.iops.members.account.Member;
import org.iops.members.privacy.Audience;
import org.iops.units.Placement;
import org.iops.units.UnitRef;
import org.jspecify.annotations.Nullable;

/**
 * Everything the member's own page shows. {@code failed} names the form whose errors are shown (the others show
 * the stored values). {@code sections} are the parts other modules add ({@link org.iops.members.MeSection}).
 */
public record MePage(Member member, @Nullable Placement placement, List<UnitRef> memberships,
        List<Country> countries, Forms.ProfileForm profile, Forms.ResidenceForm residence, Forms.PrivacyForm privacy,
        String newEmail, String failed, FormErrors errors,
        List<gg.jte.Content> sections) {

    public List<Audience> audiences() {
        return List.of(Audience.values());
    }

    public String chapterStatusKey() {
        return placement == null ? "members.status.PROVISIONAL" : "members.status." + placement.chapter().status().name();
    }

    public FormErrors errorsOf(String form) {
        return failed.equals(form) ? errors : FormErrors.NONE;
    }
}
