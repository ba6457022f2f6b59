package org.iops.proposals.proposing;

import java.util.UUID;
import org.iops.proposals.ProposalId;
import org.iops.web.PageContext;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A proposal's page, supporting it (or taking the support back) and its author withdrawing it. */
@Controller
class ProposalController {

    private final ProposalReader reader;
    private final Proposing proposing;

    ProposalController(ProposalReader reader, Proposing proposing) {
        this.reader = reader;
        this.proposing = proposing;
    }

    @GetMapping("/proposals/{id}")
    String proposal(@PathVariable ProposalId id, @ModelAttribute("page") PageContext page, Model model) {
        UUID viewer = ProposalRefusals.viewer();
        model.addAttribute("view", reader.page(reader.readable(viewer, id), viewer, page));
        return "proposals/proposal";
    }

    @PostMapping("/proposals/{id}/support")
    String support(@PathVariable ProposalId id, @ModelAttribute("page") PageContext page, RedirectAttributes redirect) {
        UUID member = ProposalRefusals.signedIn();
        reader.readable(member, id);
        boolean supports = proposing.toggleSupport(member, id);
        redirect.addFlashAttribute("notice", page.t(supports ? "proposals.support.added" : "proposals.support.removed"));
        return "redirect:" + id.path();
    }

    @PostMapping("/proposals/{id}/withdraw")
    String withdraw(@PathVariable ProposalId id, @ModelAttribute("page") PageContext page, RedirectAttributes redirect) {
        UUID author = ProposalRefusals.signedIn();
        reader.readable(author, id);
        proposing.withdraw(author, id);
        redirect.addFlashAttribute("notice", page.t("proposals.withdrawn"));
        return "redirect:" + id.path();
    }
}
