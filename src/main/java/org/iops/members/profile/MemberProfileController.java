package org.iops.members.profile;

import java.util.UUID;
import org.iops.members.account.Member;
import org.iops.members.account.MemberRepository;
import org.iops.members.privacy.PrivacyPolicy;
import org.iops.members.privacy.Relation;
import org.iops.members.privacy.Viewers;
import org.iops.shared.NotFoundException;
import org.iops.units.UnitDirectory;
import org.iops.web.CurrentMember;
import org.iops.web.PageContextFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A member's public profile, as far as their privacy settings let the reader see it. */
@Controller
class MemberProfileController {

    private final MemberRepository members;
    private final Viewers viewers;
    private final UnitDirectory units;

    MemberProfileController(MemberRepository members, Viewers viewers, UnitDirectory units) {
        this.members = members;
        this.viewers = viewers;
        this.units = units;
    }

    @GetMapping("/members/{id}")
    String profile(@PathVariable String id, Model model) {
        UUID memberId = parse(id);
        Member member = members.findById(memberId).filter(Member::verified).orElseThrow(() -> new NotFoundException("Member"));
        CurrentMember reader = PageContextFactory.currentMember();
        Relation relation = viewers.relation(reader == null ? null : reader.memberId(), memberId);
        if (!PrivacyPolicy.canFind(member.privacy().hidden(), relation)) {
            throw new NotFoundException("Member");
        }
        model.addAttribute("profile", ProfileView.of(member, units.placementOf(memberId).orElse(null), relation));
        return "members/profile";
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            throw new NotFoundException("Member");
        }
    }
}
