package org.iops.members.profile;

import java.util.UUID;
import org.iops.members.account.Member;
import org.iops.members.account.MemberRepository;
import org.iops.members.privacy.PrivacyPolicy;
import org.iops.members.privacy.Relation;
import org.iops.members.privacy.Viewers;
import org.iops.members.account.Moderation;
import org.iops.shared.ForbiddenException;
import org.iops.shared.MemberId;
import org.iops.shared.NotFoundException;
import org.iops.units.UnitDirectory;
import org.iops.web.CurrentMember;
import org.iops.web.PageContextFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A member's public profile, as far as their privacy settings let the reader see it. */
@Controller
class MemberProfileController {

    private final MemberRepository members;
    private final Viewers viewers;
    private final UnitDirectory units;
    private final Moderation moderation;

    MemberProfileController(MemberRepository members, Viewers viewers, UnitDirectory units, Moderation moderation) {
        this.members = members;
        this.viewers = viewers;
        this.units = units;
        this.moderation = moderation;
    }

    @GetMapping("/members/{id}")
    String profile(@PathVariable MemberId id, Model model) {
        UUID memberId = id.value();
        Member member = members.findById(memberId).filter(Member::verified).orElseThrow(() -> new NotFoundException("Member"));
        CurrentMember reader = PageContextFactory.currentMember();
        Relation relation = viewers.relation(reader == null ? null : reader.memberId(), memberId);
        if (!PrivacyPolicy.canFind(member.privacy().hidden() || member.suspended(), relation)) {
            throw new NotFoundException("Member");
        }
        model.addAttribute("profile", ProfileView.of(member, units.placementOf(memberId).orElse(null), relation));
        boolean moderator = reader != null && moderation.mayModerate(reader.memberId(), memberId);
        model.addAttribute("moderation", moderator ? new ModerationView(member.id(), member.suspended()) : null);
        return "members/profile";
    }

    @PostMapping("/members/{id}/suspend")
    String suspend(@PathVariable MemberId id, RedirectAttributes flash) {
        UUID memberId = id.value();
        moderation.suspend(moderator(), memberId);
        flash.addFlashAttribute("notice", "members.moderation.suspended");
        return "redirect:/members/" + memberId;
    }

    @PostMapping("/members/{id}/reinstate")
    String reinstate(@PathVariable MemberId id, RedirectAttributes flash) {
        UUID memberId = id.value();
        moderation.reinstate(moderator(), memberId);
        flash.addFlashAttribute("notice", "members.moderation.reinstated");
        return "redirect:/members/" + memberId;
    }

    /** Removing an account is for good, so it is asked again on a page of its own. */
    @GetMapping("/members/{id}/remove")
    String confirmRemove(@PathVariable MemberId id, Model model) {
        UUID memberId = id.value();
        if (!moderation.mayModerate(moderator(), memberId)) {
            throw new ForbiddenException("moderate member");
        }
        Member member = members.findById(memberId).orElseThrow(() -> new NotFoundException("Member"));
        model.addAttribute("moderation", new ModerationView(memberId, member.suspended()));
        model.addAttribute("name", member.displayName());
        return "members/remove";
    }

    @PostMapping("/members/{id}/remove")
    String remove(@PathVariable MemberId id, RedirectAttributes flash) {
        UUID memberId = id.value();
        moderation.remove(moderator(), memberId);
        flash.addFlashAttribute("notice", "members.moderation.removed");
        return "redirect:/me";
    }

    private static UUID moderator() {
        CurrentMember reader = PageContextFactory.currentMember();
        if (reader == null) {
            throw new ForbiddenException("moderate member");
        }
        return reader.memberId();
    }
}
