package org.iops.proposals.proposing;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.iops.content.PostingRefusedException;
import org.iops.proposals.ProposalId;
import org.iops.proposals.ProposalRules;
import org.iops.shared.ForbiddenException;
import org.iops.units.UnitId;
import org.iops.units.UnitRef;
import org.iops.web.FormErrors;
import org.iops.web.FormOption;
import org.iops.web.Language;
import org.iops.web.PageContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Putting a proposal to a unit, and its author editing the text during the discussion. */
@Controller
class ProposalEditController {

    private final Proposing proposing;
    private final RulesBook rules;
    private final ProposalReader reader;
    private final ProposalRepository proposals;

    ProposalEditController(Proposing proposing, RulesBook rules, ProposalReader reader, ProposalRepository proposals) {
        this.proposing = proposing;
        this.rules = rules;
        this.reader = reader;
        this.proposals = proposals;
    }

    @GetMapping("/units/{id}/proposals/new")
    String write(@PathVariable UnitId id, @ModelAttribute("page") PageContext page, Model model) {
        UUID author = ProposalRefusals.signedIn();
        UnitRef unit = mayPropose(author, id);
        ProposalRules holding = rules.current(id);
        ProposalForm form = new ProposalForm();
        form.setLanguage(page.lang());
        form.setDiscussionDays(String.valueOf(holding.discussionDays()));
        form.setVotingDays(String.valueOf(holding.votingDays()));
        return editor(model, form, FormErrors.NONE, null, unit, null, page);
    }

    @PostMapping("/units/{id}/proposals/new")
    String create(@PathVariable UnitId id, @Valid @ModelAttribute("form") ProposalForm form, BindingResult result,
            @ModelAttribute("page") PageContext page, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        UUID author = ProposalRefusals.signedIn();
        UnitRef unit = mayPropose(author, id);
        FormErrors errors = FormErrors.of(result, ProposalForm.INVALID, ProposalForm::limits);
        for (var problem : proposing.problems(form).entrySet()) {
            errors = errors.with(problem.getKey(), problem.getValue());
        }
        return save(errors, () -> proposing.create(author, id, form), "proposals.created", model, form, unit, null,
                page, response, redirect);
    }

    @GetMapping("/proposals/{id}/edit")
    String edit(@PathVariable ProposalId id, @ModelAttribute("page") PageContext page, Model model) {
        UUID author = ProposalRefusals.signedIn();
        Proposal proposal = own(author, id);
        ProposalForm form = new ProposalForm();
        form.setTitle(proposal.title());
        form.setBody(proposals.body(proposal.id()));
        return editor(model, form, FormErrors.NONE, null, null, proposal, page);
    }

    @PostMapping("/proposals/{id}/edit")
    String update(@PathVariable ProposalId id, @Valid @ModelAttribute("form") ProposalForm form, BindingResult result,
            @ModelAttribute("page") PageContext page, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        UUID author = ProposalRefusals.signedIn();
        Proposal proposal = own(author, id);
        FormErrors errors = FormErrors.of(result, ProposalForm.INVALID, ProposalForm::limits);
        return save(errors, () -> {
            proposing.edit(author, id, form);
            return id;
        }, "proposals.edited", model, form, null, proposal, page, response, redirect);
    }

    /** Writes when the form is right, then to the proposal; else the form again with what is wrong (422, 403, 429). */
    private String save(FormErrors errors, Supplier<ProposalId> write, String notice, Model model, ProposalForm form,
            @Nullable UnitRef unit, @Nullable Proposal proposal, PageContext page, HttpServletResponse response,
            RedirectAttributes redirect) {
        if (errors.any()) {
            response.setStatus(422);
            return editor(model, form, errors, null, unit, proposal, page);
        }
        try {
            ProposalId saved = write.get();
            redirect.addFlashAttribute("notice", page.t(notice));
            return "redirect:" + saved.path();
        } catch (PostingRefusedException refused) {
            response.setStatus(refused.tooMany() ? 429 : 403);
            return editor(model, form, FormErrors.NONE, refused, unit, proposal, page);
        }
    }

    private UnitRef mayPropose(UUID author, UnitId id) {
        UnitRef unit = proposing.openUnit(id);
        if (!rules.mayPropose(author, id)) {
            throw new ForbiddenException("proposals.propose");
        }
        return unit;
    }

    /** The author's proposal in discussion; anyone else's is a 403 (a 404 to whom may not see it). */
    private Proposal own(UUID author, ProposalId id) {
        Proposal proposal = reader.readable(author, id);
        if (!proposal.isAuthor(author)) {
            throw new ForbiddenException("not the author");
        }
        if (!proposal.inDiscussion()) {
            throw new Proposing.NotDiscussedException();
        }
        return proposal;
    }

    private String editor(Model model, ProposalForm form, FormErrors errors, @Nullable PostingRefusedException refused,
            @Nullable UnitRef unit, @Nullable Proposal proposal, PageContext page) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("refusal", refused == null ? null : refused.messageKey());
        model.addAttribute("refusalArgs", refused == null ? new Object[0] : refused.arguments());
        model.addAttribute("action", proposal == null ? unit.path() + "/proposals/new"
                : proposal.proposalId().path() + "/edit");
        model.addAttribute("backPath", proposal == null ? unit.path() : proposal.proposalId().path());
        model.addAttribute("backName", proposal == null ? unit.displayName(page.locale()) : proposal.title());
        model.addAttribute("isNew", proposal == null);
        model.addAttribute("mentions", proposal == null ? "any" : proposal.proposalId().ref().toString());
        model.addAttribute("languages", Language.SHIPPED.stream()
                .map(l -> FormOption.inLanguage(l.code(), l.nativeName(), l.code())).toList());
        model.addAttribute("visibilities", List.of("UNIT", "MEMBERS", "PUBLIC").stream()
                .map(v -> FormOption.of(v, page.t("proposals.visibility." + v))).toList());
        return "proposals/edit";
    }
}
