package org.iops.members.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Locale;
import java.util.List;
import org.iops.shared.Countries;
import org.iops.shared.TooManyRequestsException;
import org.iops.web.Honeypot;
import org.iops.units.InvalidResidenceException;
import org.iops.units.UnitDirectory;
import org.iops.units.Residence;
import org.iops.web.FormErrors;
import org.iops.web.PageContextFactory;
import org.iops.web.RateLimiter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** Joining: the form, and the same "check your email" page whether or not the address was already registered. */
@Controller
class JoinController {

    private final Accounts accounts;
    private final PasswordRules passwordRules;
    private final RateLimiter limiter;
    private final Clock clock;

    private final UnitDirectory units;

    JoinController(Accounts accounts, PasswordRules passwordRules, RateLimiter limiter, Clock clock,
            UnitDirectory units) {
        this.clock = clock;
        this.units = units;
        this.accounts = accounts;
        this.passwordRules = passwordRules;
        this.limiter = limiter;
    }

    @GetMapping("/join")
    String joinForm(Model model, Locale locale) {
        if (PageContextFactory.currentMember() != null) {
            return "redirect:/me";
        }
        return form(model, new JoinForm(), FormErrors.NONE, locale);
    }

    @PostMapping("/join")
    String join(@Valid @ModelAttribute("form") JoinForm form, BindingResult result, Model model, Locale locale,
            HttpServletRequest request, HttpServletResponse response) {
        if (Honeypot.caught(request, "join")) {
            return "redirect:/join/sent";
        }
        if (!form.getSuggestion().isBlank() && form.getSuggestion().length() <= 100) {
            form.setLocality(form.getSuggestion());
        }
        passwordRules.problem(form.getPassword()).ifPresent(key -> result.rejectValue("password", key, key));
        if (!form.getCountry().isBlank() && !Countries.isKnown(form.getCountry())) {
            result.rejectValue("country", "members.country.unknown", "members.country.unknown");
        }
        if (result.hasErrors()) {
            response.setStatus(422);
            return form(model, form, FormErrors.of(result, "members.field.invalid"), locale);
        }
        Residence residence = new Residence(form.getCountry(), form.getLocality(), blankToNull(form.getNeighbourhood()));
        // a town near a chapter's name is probably that chapter mistyped: ask before making a new chapter
        List<String> near = form.isNewPlace() ? List.of() : units.nearChapters(residence);
        if (!near.isEmpty()) {
            result.rejectValue("locality", "members.locality.didYouMean", "members.locality.didYouMean");
            model.addAttribute("suggestions", near);
            // htmx keeps the password field across the answer (hx-preserve); a form sent without script must retype it
            model.addAttribute("passwordKept", "true".equals(request.getHeader("HX-Request")));
            response.setStatus(422);
            return form(model, form, FormErrors.of(result, "members.field.invalid"), locale);
        }
        // only a form that reaches the account logic counts, and a 429 gives back everything typed but the password
        try {
            limiter.consume(Limits.JOIN_PER_IP, request.getRemoteAddr());
            limiter.consume(Limits.JOIN_PER_ACCOUNT, MemberRepository.normalizeEmail(form.getEmail()));
        } catch (TooManyRequestsException tooMany) {
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(tooMany.retryAfterSeconds()));
            model.addAttribute("retryMinutes", Limits.minutes(tooMany.retryAfterSeconds()));
            return form(model, form, FormErrors.NONE, locale);
        }
        var request1 = new Accounts.JoinRequest(form.getEmail(), form.getPassword(), form.getDisplayName(),
                blankToNull(form.getRealName()), blankToNull(form.getBio()), residence, locale);
        try {
            accounts.join(request1);
            accounts.recordPrivacyConsent(form.getEmail(), clock.instant());
        } catch (InvalidResidenceException invalid) {
            result.rejectValue(invalid.field(), "members.residence.invalid", invalid.field().equals("country")
                    ? "members.country.unknown" : "members.locality.invalid");
            response.setStatus(422);
            return form(model, form, FormErrors.of(result, "members.field.invalid"), locale);
        } catch (RuntimeException failure) {
            if (!Accounts.isDuplicate(failure)) {
                throw failure;
            }
            // another join took the address at the same moment: the answer stays the same
        }
        return "redirect:/join/sent";
    }

    @GetMapping("/join/sent")
    String sent(Model model) {
        model.addAttribute("titleKey", "members.sent.title");
        model.addAttribute("textKey", "members.sent.join");
        return "members/checkEmail";
    }

    private String form(Model model, JoinForm form, FormErrors errors, Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("countries", Countries.in(locale));
        return "members/join";
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
