package org.iops.proposals.proposing;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Set;
import java.util.UUID;
import org.iops.proposals.AmendmentId;
import org.iops.proposals.ProposalId;
import org.iops.proposals.proposing.ProposalViews.AmendmentPage;
import org.iops.shared.NotFoundException;
import org.iops.text.MemberText;
import org.iops.web.FormErrors;
import org.iops.web.PageContext;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Proposing an amendment, reading one (what it changes), and the author accepting or declining it. */
@Controller
class AmendmentController {

    private final ProposalReader reader;
    private final Amending amending;
    private final AmendmentRepository amendments;
    private final ProposalRepository proposals;
    private final MemberText text;

    AmendmentController(ProposalReader reader, Amending amending, AmendmentRepository amendments,
            ProposalRepository proposals, MemberText text) {
        this.reader = reader;
        this.amending = amending;
        this.amendments = amendments;
        this.proposals = proposals;
        this.text = text;
    }

    @GetMapping("/proposals/{id}/amendments/new")
    String write(@PathVariable ProposalId id, @ModelAttribute("page") PageContext page, Model model) {
        Proposal proposal = discussed(id);
        AmendmentForm form = new AmendmentForm();
        form.setBody(proposals.body(proposal.id()));
        return form(model, proposal, form, FormErrors.NONE);
    }

    @PostMapping("/proposals/{id}/amendments/new")
    String propose(@PathVariable ProposalId id, @Valid @ModelAttribute("form") AmendmentForm form,
            BindingResult result, @ModelAttribute("page") PageContext page, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Proposal proposal = discussed(id);
        FormErrors errors = FormErrors.of(result, ProposalForm.INVALID, ProposalForm::limits);
        if (!errors.has("body") && form.getBody().equals(proposals.body(proposal.id()))) {
            errors = errors.with("body", "proposals.amendment.unchanged");
        }
        if (errors.any()) {
            response.setStatus(422);
            return form(model, proposal, form, errors);
        }
        AmendmentId amendment = amending.propose(ProposalRefusals.signedIn(), id, form);
        redirect.addFlashAttribute("notice", page.t("proposals.amendment.proposed"));
        return "redirect:/amendments/" + amendment;
    }

    @GetMapping("/amendments/{id}")
    String amendment(@PathVariable AmendmentId id, @ModelAttribute("page") PageContext page, Model model) {
        UUID viewer = ProposalRefusals.viewer();
        Amendment found = amendments.find(id.value()).orElseThrow(() -> new NotFoundException("amendment"));
        Proposal proposal = reader.readable(viewer, new ProposalId(found.proposal()));
        if (reader.hiddenFrom(viewer, proposal)) {
            throw new NotFoundException("amendment");
        }
        String base = proposals.version(proposal.id(), found.baseVersion()).orElseThrow().body();
        String former = page.t("members.former");
        String author = found.author() == null ? former
                : reader.names(Set.of(found.author())).getOrDefault(found.author(), former);
        boolean open = found.state() == Amendment.State.OPEN;
        model.addAttribute("view", new AmendmentPage(proposal.title(), proposal.proposalId().path(), found.path(),
                author, text.render(found.reason()).html(), "proposals.amendment.state." + found.state().name(), open,
                open && proposal.inDiscussion() && proposal.isAuthor(viewer), found.baseVersion(),
                ProposalViews.Changes.between(base, found.body(), proposal.language(), page)));
        return "proposals/amendment";
    }

    @PostMapping("/amendments/{id}/accept")
    String accept(@PathVariable AmendmentId id, @ModelAttribute("page") PageContext page,
            RedirectAttributes redirect) {
        return decide(id, true, page, redirect);
    }

    @PostMapping("/amendments/{id}/decline")
    String decline(@PathVariable AmendmentId id, @ModelAttribute("page") PageContext page,
            RedirectAttributes redirect) {
        return decide(id, false, page, redirect);
    }

    private String decide(AmendmentId amendment, boolean accept, PageContext page, RedirectAttributes redirect) {
        UUID author = ProposalRefusals.signedIn();
        Amendment found = amendments.find(amendment.value()).orElseThrow(() -> new NotFoundException("amendment"));
        ProposalId id = new ProposalId(found.proposal());
        reader.readable(author, id);
        amending.decide(author, amendment, accept);
        redirect.addFlashAttribute("notice", page.t(accept ? "proposals.amendment.acceptedNotice"
                : "proposals.amendment.declinedNotice"));
        return "redirect:" + id.path();
    }

    /** A proposal the signed-in member may see and amend: in discussion (else a page saying it is over). */
    private Proposal discussed(ProposalId id) {
        UUID member = ProposalRefusals.signedIn();
        Proposal proposal = reader.readable(member, id);
        if (reader.hiddenFrom(member, proposal)) {
            throw new NotFoundException("proposal");
        }
        if (!proposal.inDiscussion()) {
            throw new Proposing.NotDiscussedException();
        }
        return proposal;
    }

    private String form(Model model, Proposal proposal, AmendmentForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("proposalTitle", proposal.title());
        model.addAttribute("proposalPath", proposal.proposalId().path());
        model.addAttribute("mentions", proposal.proposalId().ref().toString());
        return "proposals/amend";
    }
}
