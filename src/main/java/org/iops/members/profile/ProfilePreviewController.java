package org.iops.members.profile;

import java.util.List;
import org.iops.members.account.Member;
import org.iops.members.account.MemberRepository;
import org.iops.members.privacy.Relation;
import org.iops.shared.NotFoundException;
import org.iops.units.UnitDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "See your profile as others see it": the member's own profile page as a chosen kind of reader would see it,
 * made by the same policy and the same view as the real page.
 */
@Controller
class ProfilePreviewController {

    /** The kinds of reader a member can preview, from the widest to the closest. */
    static final List<Relation> READERS = List.of(Relation.VISITOR, Relation.MEMBER, Relation.CHAPTER_MATE,
            Relation.ADMIN);

    private final MemberRepository members;
    private final UnitDirectory units;

    ProfilePreviewController(MemberRepository members, UnitDirectory units) {
        this.members = members;
        this.units = units;
    }

    @GetMapping("/me/preview")
    String preview(@RequestParam(name = "as", defaultValue = "VISITOR") String as, Model model) {
        Member member = members.findById(MeController.currentId()).orElseThrow(() -> new NotFoundException("Member"));
        Relation reader = READERS.stream().filter(r -> r.name().equals(as)).findFirst().orElse(Relation.VISITOR);
        model.addAttribute("profile", ProfileView.of(member, units.placementOf(member.id()).orElse(null), reader));
        model.addAttribute("preview", new ProfilePreview(reader, READERS));
        return "members/profile";
    }
}
