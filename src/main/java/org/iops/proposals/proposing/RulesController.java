package org.iops.proposals.proposing;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.iops.governance.RuleVersion;
import org.iops.polls.PollType;
import org.iops.proposals.ProposalRules;
import org.iops.proposals.ProposalRules.Proposers;
import org.iops.proposals.ProposalRules.SupportRule;
import org.iops.proposals.proposing.ProposalViews.RuleLine;
import org.iops.shared.ForbiddenException;
import org.iops.units.UnitId;
import org.iops.units.UnitRef;
import org.iops.web.FormErrors;
import org.iops.web.FormOption;
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

/**
 * A unit's proposal rules: where the rules holding there come from and the history of the unit's own versions, for
 * its members; the form recording a new interim version, for its admins ({@code proposals.setRules}).
 */
@Controller("proposalRulesController")
class RulesController {

    private final RulesBook rules;
    private final Proposing proposing;
    private final ProposalReader reader;

    RulesController(RulesBook rules, Proposing proposing, ProposalReader reader) {
        this.rules = rules;
        this.proposing = proposing;
        this.reader = reader;
    }

    @GetMapping("/units/{id}/proposal-rules")
    String rules(@PathVariable UnitId id, @ModelAttribute("page") PageContext page, Model model) {
        UUID admin = mayRecord(id);
        return page(model, id, admin, RulesForm.of(rules.current(id)), FormErrors.NONE, page);
    }

    @PostMapping("/units/{id}/proposal-rules")
    String record(@PathVariable UnitId id, @Valid @ModelAttribute("form") RulesForm form, BindingResult result,
            @ModelAttribute("page") PageContext page, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        UUID admin = mayRecord(id);
        ProposalRules value = parse(form);
        FormErrors errors = errors(result, value);
        if (errors.any()) {
            response.setStatus(422);
            return page(model, id, admin, form, errors, page);
        }
        rules.record(admin, id, value, form.getNote());
        redirect.addFlashAttribute("notice", page.t("proposals.rules.recorded"));
        return "redirect:/units/" + id + "/proposal-rules";
    }

    /** The form's binding errors, an unreadable value, and whatever the rules themselves refuse. */
    private static FormErrors errors(BindingResult result, @Nullable ProposalRules value) {
        FormErrors errors = FormErrors.of(result, ProposalForm.INVALID);
        if (value == null) {
            return errors.with("support", ProposalForm.INVALID);
        }
        for (Map.Entry<String, String> problem : RulesBook.problems(value).entrySet()) {
            errors = errors.with(problem.getKey(), problem.getValue());
        }
        return errors;
    }

    /** The same rules put to the unit's members as a proposal instead of recorded by hand. */
    @PostMapping("/units/{id}/proposal-rules/propose")
    String propose(@PathVariable UnitId id, @Valid @ModelAttribute("form") RulesForm form, BindingResult result,
            @ModelAttribute("page") PageContext page, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        UUID admin = mayRecord(id);
        ProposalRules value = parse(form);
        FormErrors errors = errors(result, value);
        if (errors.any()) {
            response.setStatus(422);
            return page(model, id, admin, form, errors, page);
        }
        UnitRef unit = proposing.openUnit(id);
        ProposalRules holding = rules.current(id);
        ProposalForm proposal = new ProposalForm();
        proposal.setTitle(page.t("proposals.rules.proposalTitle", unit.displayName(page.locale())));
        StringBuilder body = new StringBuilder(page.t("proposals.rules.proposalBody")).append("\n\n");
        terms(value, page).forEach(term -> body.append("- ").append(term).append('\n'));
        if (!form.getNote().isBlank()) {
            body.append('\n').append(form.getNote());
        }
        proposal.setBody(body.toString());
        proposal.setLanguage(page.lang());
        proposal.setVisibility("UNIT");
        proposal.setDiscussionDays(String.valueOf(holding.discussionDays()));
        proposal.setVotingDays(String.valueOf(holding.votingDays()));
        var created = proposing.proposeRules(admin, id, value, proposal);
        redirect.addFlashAttribute("notice", page.t("proposals.created"));
        return "redirect:" + created.path();
    }

    private UUID mayRecord(UnitId id) {
        UUID admin = ProposalRefusals.signedIn();
        proposing.openUnit(id);
        if (!rules.maySet(admin, id)) {
            throw new ForbiddenException(ProposalActions.SET_RULES.name());
        }
        return admin;
    }

    /** The rules the form sends, or null when a choice or a number is not one. */
    static @Nullable ProposalRules parse(RulesForm form) {
        try {
            return new ProposalRules(Proposers.valueOf(form.getProposers()),
                    SupportRule.valueOf(form.getSupportRule()), number(form.getSupport()),
                    number(form.getDiscussionDays()), number(form.getVotingDays()), PollType.valueOf(form.getPollType()),
                    number(form.getQuorumPercent()), "TWO_THIRDS".equals(form.getThreshold()));
        } catch (IllegalArgumentException notOne) {
            return null;
        }
    }

    private static int number(String text) {
        if (!text.matches("\\d{1,6}")) {
            throw new IllegalArgumentException("not a number");
        }
        return Integer.parseInt(text);
    }

    /** The terms of a version of the rules, as message keys with their arguments already applied. */
    static List<String> terms(ProposalRules r, PageContext page) {
        List<String> terms = new ArrayList<>();
        terms.add(page.t("proposals.rules.term.proposers." + r.proposers().name()));
        terms.add(page.t("proposals.rules.term.support." + r.supportRule().name(), r.support()));
        terms.add(page.t("proposals.rules.term.periods", r.discussionDays(), r.votingDays()));
        terms.add(page.t("proposals.rules.term.vote", page.t("proposals.pollType." + r.pollType().name())));
        terms.add(page.t("proposals.rules.term.quorum", r.quorumPercent()));
        if (r.pollType() == PollType.YES_NO) {
            terms.add(page.t(r.twoThirds() ? "proposals.rules.term.twoThirds" : "proposals.rules.term.majority"));
        }
        return terms;
    }

    private String page(Model model, UnitId id, UUID admin, RulesForm form, FormErrors errors, PageContext page) {
        UnitRef unit = proposing.openUnit(id);
        RuleVersion<ProposalRules> holding = rules.currentVersion(id);
        List<RuleVersion<ProposalRules>> history = rules.history(id);
        Set<UUID> recorders = new HashSet<>();
        history.stream().map(RuleVersion::setBy).filter(Objects::nonNull).forEach(recorders::add);
        Map<UUID, String> names = reader.names(recorders);
        String former = page.t("members.former");
        model.addAttribute("unitName", unit.displayName(page.locale()));
        model.addAttribute("unitPath", unit.path());
        model.addAttribute("action", unit.path() + "/proposal-rules");
        model.addAttribute("current", terms(rules.current(id), page));
        model.addAttribute("inherited", holding != null && !holding.unit().equals(id));
        model.addAttribute("isDefault", holding == null);
        model.addAttribute("history", history.stream().map(v -> new RuleLine(v.version(), v.status().messageKey(),
                v.since(), v.setBy() == null ? former : names.getOrDefault(v.setBy(), former),
                v.decidedBy() == null ? null : "/proposals/" + v.decidedBy().id(), v.note(), terms(v.value(), page)))
                .toList());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("proposers", options(page, "proposals.rules.proposers.", "MEMBERS", "ADMINS"));
        model.addAttribute("supportRules", options(page, "proposals.rules.supportRule.", "MEMBERS", "SHARE"));
        model.addAttribute("pollTypes", options(page, "proposals.pollType.", "CONSENT", "YES_NO"));
        model.addAttribute("thresholds", options(page, "proposals.rules.threshold.", "MAJORITY", "TWO_THIRDS"));
        return "proposals/rules";
    }

    private static List<FormOption> options(PageContext page, String prefix, String... values) {
        return List.of(values).stream().map(v -> FormOption.of(v, page.t(prefix + v))).toList();
    }
}
