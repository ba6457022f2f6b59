package org.iops.members.profile;

import org.iops.units.UnitDirectory;
import org.iops.web.CurrentMember;
import org.iops.web.PageContextFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Where a new member lands after confirming their address: signed in, told where they belong and what to do next. */
@Controller
class WelcomeController {

    private final UnitDirectory units;

    WelcomeController(UnitDirectory units) {
        this.units = units;
    }

    @GetMapping("/welcome")
    String welcome(Model model) {
        CurrentMember member = PageContextFactory.currentMember();
        if (member == null) {
            return "redirect:/login";
        }
        model.addAttribute("name", member.displayName());
        model.addAttribute("placement", units.placementOf(member.memberId()).orElse(null));
        return "members/welcome";
    }
}
