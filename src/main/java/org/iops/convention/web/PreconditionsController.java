package org.iops.convention.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.UUID;
import org.iops.convention.ConventionPreconditions;
import org.iops.convention.standing.StandingService;
import org.iops.governance.GoverningRules;
import org.iops.governance.RuleStatus;
import org.iops.shared.ForbiddenException;
import org.iops.units.Permissions;
import org.iops.units.UnitId;
import org.iops.web.CurrentMember;
import org.iops.web.FormErrors;
import org.iops.web.PageContextFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The international's admins record a new, interim version of the preconditions, with a note saying why. */
@Controller
class PreconditionsController {

    private final GoverningRules rules;
    private final Permissions permissions;
    private final StandingService standing;

    PreconditionsController(GoverningRules rules, Permissions permissions, StandingService standing) {
        this.rules = rules;
        this.permissions = permissions;
        this.standing = standing;
    }

    @GetMapping("/convention/preconditions")
    String form(Model model) {
        admin();
        model.addAttribute("form", PreconditionsForm.of(rules.current(ConventionPreconditions.KEY, UnitId.INTERNATIONAL)));
        model.addAttribute("errors", FormErrors.NONE);
        return "convention/preconditions";
    }

    @PostMapping("/convention/preconditions")
    @Transactional
    String set(@Valid @ModelAttribute("form") PreconditionsForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        UUID admin = admin();
        if (result.hasErrors()) {
            response.setStatus(422);
            FormErrors errors = FormErrors.of(result, "convention.form.number");
            model.addAttribute("errors", result.hasFieldErrors("maxChaptersInRange")
                    ? errors.with("maxChapters", "convention.form.range") : errors);
            return "convention/preconditions";
        }
        rules.set(ConventionPreconditions.KEY, UnitId.INTERNATIONAL, form.value(), RuleStatus.INTERIM, admin, null,
                form.getNote());
        standing.compute();
        redirect.addFlashAttribute("notice", "convention.form.saved");
        return "redirect:/convention";
    }

    private UUID admin() {
        CurrentMember member = PageContextFactory.currentMember();
        if (member == null) {
            throw new AccessDeniedException("sign in first");
        }
        if (!permissions.may(member.memberId(), ConventionActions.SET_PRECONDITIONS, UnitId.INTERNATIONAL)) {
            throw new ForbiddenException("convention.setPreconditions");
        }
        return member.memberId();
    }
}
