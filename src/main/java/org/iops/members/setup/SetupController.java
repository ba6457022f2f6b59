package org.iops.members.setup;

import jakarta.servlet.http.HttpServletResponse;
import org.iops.web.CurrentMember;
import org.iops.web.PageContextFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Claiming the first international admin role through the link printed in the log. */
@Controller
class SetupController {

    private final SetupLinks links;

    SetupController(SetupLinks links) {
        this.links = links;
    }

    @GetMapping("/setup/{token}")
    String page(@PathVariable String token, Model model, HttpServletResponse response) {
        SetupLinks.Outcome outcome = links.check(token);
        if (outcome != SetupLinks.Outcome.CLAIMED) {
            return problem(outcome, model, response);
        }
        model.addAttribute("action", "/setup/" + token);
        model.addAttribute("signedIn", PageContextFactory.currentMember() != null);
        return "members/setup";
    }

    @PostMapping("/setup/{token}")
    String claim(@PathVariable String token, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        CurrentMember member = PageContextFactory.currentMember();
        if (member == null) {
            return page(token, model, response);
        }
        SetupLinks.Outcome outcome = links.claim(token, member.memberId());
        if (outcome != SetupLinks.Outcome.CLAIMED) {
            return problem(outcome, model, response);
        }
        redirect.addFlashAttribute("notice", "members.setup.done");
        return "redirect:/me";
    }

    private static String problem(SetupLinks.Outcome outcome, Model model, HttpServletResponse response) {
        response.setStatus(outcome == SetupLinks.Outcome.SPENT ? 410 : 400);
        model.addAttribute("problemKey", outcome == SetupLinks.Outcome.SPENT ? "members.setup.spent"
                : "members.link.invalid");
        return "members/linkProblem";
    }
}
