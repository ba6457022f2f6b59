package org.iops.members.profile;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.iops.members.account.Accounts;
import org.iops.shared.Countries;
import org.iops.web.FormErrors;
import org.iops.members.account.Member;
import org.iops.members.account.MemberRepository;
import org.iops.members.account.PasswordRules;
import org.iops.members.account.SignedInMember;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.iops.members.privacy.PrivacySettings;
import org.iops.shared.NotFoundException;
import org.iops.units.Placement;
import org.iops.units.InvalidResidenceException;
import org.iops.units.Residence;
import org.iops.units.TooManyMovesException;
import org.iops.units.UnitDirectory;
import org.iops.web.CurrentMember;
import org.iops.web.PageContextFactory;
import org.iops.web.RateLimiter;
import java.time.Duration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The member's own page: where they belong, their profile, privacy and account settings. */
@Controller
class MeController {

    private final MemberRepository members;
    private final Accounts accounts;
    private final UnitDirectory units;
    private final PasswordRules passwordRules;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final RateLimiter limiter;
    // each request mails a stranger's address: keep it from becoming a way to send spam
    private static final RateLimiter.Limit EMAIL_CHANGES = new RateLimiter.Limit("email-change", 5, Duration.ofHours(1));

    private final java.time.Clock clock;
    private final MeSections sections;

    MeController(MemberRepository members, Accounts accounts, UnitDirectory units, PasswordRules passwordRules,
            RateLimiter limiter, java.time.Clock clock, MeSections sections) {
        this.clock = clock;
        this.sections = sections;
        this.limiter = limiter;
        this.members = members;
        this.accounts = accounts;
        this.units = units;
        this.passwordRules = passwordRules;
    }

    @GetMapping("/me")
    String me(Model model, Locale locale) {
        // reading the page changes nothing: emails use the language the member chose below (POST /me/language)
        Member member = signedIn();
        return render(model, member, locale, null, null, null, "", FormErrors.NONE);
    }

    @PostMapping("/me/profile")
    String profile(@Valid @ModelAttribute("profile") Forms.ProfileForm form, BindingResult result, Model model,
            Locale locale, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        Member member = signedIn();
        if (result.hasErrors()) {
            response.setStatus(422);
            return render(model, member, locale, form, null, null, "profile", FormErrors.of(result, "members.field.invalid"));
        }
        accounts.updateProfile(member.id(), form.getDisplayName(), Forms.blankToNull(form.getRealName()),
                Forms.blankToNull(form.getBio()));
        showNewName(form.getDisplayName(), request, response);
        redirect.addFlashAttribute("notice", "members.me.profileSaved");
        return redirectTo(redirect, "profile");
    }

    @PostMapping("/me/residence")
    String residence(@Valid @ModelAttribute("residence") Forms.ResidenceForm form, BindingResult result,
            Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        Member member = signedIn();
        if (!form.getSuggestion().isBlank() && form.getSuggestion().length() <= 100) {
            form.setLocality(form.getSuggestion());
        }
        if (!form.getCountry().isBlank() && !Countries.isKnown(form.getCountry())) {
            result.rejectValue("country", "members.country.unknown", "members.country.unknown");
        }
        if (result.hasErrors()) {
            response.setStatus(422);
            return render(model, member, locale, null, form, null, "residence", FormErrors.of(result, "members.field.invalid"));
        }
        // a town near a chapter's name is probably that chapter mistyped: ask before making a new chapter
        List<String> near = form.isNewPlace() ? List.of()
                : units.nearChapters(new Residence(form.getCountry(), form.getLocality(), null));
        if (!near.isEmpty()) {
            form.near(near);
            result.rejectValue("locality", "members.locality.didYouMean", "members.locality.didYouMean");
            response.setStatus(422);
            return render(model, member, locale, null, form, null, "residence", FormErrors.of(result, "members.field.invalid"));
        }
        Placement placement;
        try {
            placement = accounts.changeResidence(member.id(), new Residence(form.getCountry(),
                    form.getLocality(), Forms.blankToNull(form.getNeighbourhood())));
        } catch (InvalidResidenceException invalid) {
            result.rejectValue(invalid.field(), "members.residence.invalid", invalid.field().equals("country")
                    ? "members.country.unknown" : "members.locality.invalid");
            response.setStatus(422);
            return render(model, member, locale, null, form, null, "residence", FormErrors.of(result, "members.field.invalid"));
        } catch (TooManyMovesException tooMany) {
            result.rejectValue("locality", "members.residence.tooManyMoves", "members.residence.tooManyMoves");
            response.setStatus(429);
            response.setHeader("Retry-After", String.valueOf(Math.max(1,
                    Duration.between(clock.instant(), tooMany.nextMoveAt()).toSeconds())));
            return render(model, member, locale, null, form, null, "residence", FormErrors.of(result, "members.field.invalid"));
        }
        redirect.addFlashAttribute("notice", "members.me.residenceSaved");
        redirect.addFlashAttribute("noticeArgs", new Object[] {placement.branch().displayName(locale), placement.chapter().name()});
        return redirectTo(redirect, "residence");
    }

    @PostMapping("/me/privacy")
    String privacy(@Valid @ModelAttribute("privacy") Forms.PrivacyForm form, BindingResult result, Model model,
            Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        Member member = signedIn();
        if (result.hasErrors()) {
            response.setStatus(422);
            return render(model, member, locale, null, null, null, "privacy", FormErrors.of(result, "members.field.invalid"));
        }
        accounts.updatePrivacy(member.id(), new PrivacySettings(form.getLocality(), form.getNeighbourhood(),
                form.getRealName(), form.getBio(), form.getEmail(), form.isHidden()));
        redirect.addFlashAttribute("notice", "members.me.privacySaved");
        return redirectTo(redirect, "privacy");
    }

    @PostMapping("/me/email")
    String email(@Valid @ModelAttribute("email") Forms.EmailForm form, BindingResult result, Model model,
            Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        Member member = signedIn();
        if (!accounts.passwordMatches(member.id(), form.getEmailPassword())) {
            result.rejectValue("emailPassword", "members.password.wrong", "members.password.wrong");
        }
        if (result.hasErrors()) {
            response.setStatus(422);
            return render(model, member, locale, null, null, null, "email", FormErrors.of(result, "members.field.invalid"),
                    form.getNewEmail());
        }
        limiter.consume(EMAIL_CHANGES, member.id().toString());
        accounts.requestEmailChange(member.id(), form.getNewEmail());
        redirect.addFlashAttribute("notice", "members.emailChange.sent");
        return redirectTo(redirect, "email");
    }

    @PostMapping("/me/password")
    String password(@ModelAttribute("password") Forms.PasswordForm form, BindingResult result, Model model,
            Locale locale, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        Member member = signedIn();
        if (!accounts.passwordMatches(member.id(), form.getCurrentPassword())) {
            result.rejectValue("currentPassword", "members.password.wrong", "members.password.wrong");
        }
        passwordRules.problem(form.getNewPassword()).ifPresent(k -> result.rejectValue("newPassword", k, k));
        if (result.hasErrors()) {
            response.setStatus(422);
            return render(model, member, locale, null, null, null, "password", FormErrors.of(result, "members.field.invalid"));
        }
        accounts.changePassword(member.id(), form.getNewPassword(), sessionId(request));
        redirect.addFlashAttribute("notice", "members.me.passwordSaved");
        return redirectTo(redirect, "password");
    }

    @PostMapping("/me/language")
    String emailLanguage(@ModelAttribute("emailLanguage") EmailLanguageForm form, BindingResult result, Model model,
            Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        Member member = signedIn();
        if (form.chosen().isEmpty()) {
            result.rejectValue("emailLanguage", "members.language.unknown", "members.language.unknown");
            response.setStatus(422);
            return render(model, member, locale, null, null, null, "language", FormErrors.of(result, "members.field.invalid"));
        }
        accounts.chooseLanguage(member.id(), form.chosen().get().locale());
        redirect.addFlashAttribute("notice", "members.me.emailLanguageSaved");
        redirect.addFlashAttribute("noticeArgs", new Object[] {form.chosen().get().nativeName()});
        return redirectTo(redirect, "language");
    }

    @PostMapping("/me/sessions")
    String endOtherSessions(HttpServletRequest request, RedirectAttributes redirect) {
        Member member = signedIn();
        int ended = accounts.endSessions(member.id(), sessionId(request));
        redirect.addFlashAttribute("notice", "members.me.sessionsEnded");
        redirect.addFlashAttribute("noticeArgs", new Object[] {ended});
        return redirectTo(redirect, "sessions");
    }

    /*
     * After a successful form: back to /me, so that a reload does not send the form again. htmx, which sent the
     * form and follows the redirect, swaps in just that form's section, whose notice says what happened.
     */
    private static String redirectTo(RedirectAttributes redirect, String section) {
        redirect.addFlashAttribute("noticeFor", section);
        return "redirect:/me";
    }

    private String render(Model model, Member member, Locale locale, Forms.ProfileForm profile,
            Forms.ResidenceForm residence, Forms.PrivacyForm privacy, String failed, FormErrors errors) {
        return render(model, member, locale, profile, residence, privacy, failed, errors, "");
    }

    private String render(Model model, Member member, Locale locale, Forms.ProfileForm profile,
            Forms.ResidenceForm residence, Forms.PrivacyForm privacy, String failed, FormErrors errors,
            String newEmail) {
        model.addAttribute("me", new MePage(member, units.placementOf(member.id()).orElse(null),
                units.membershipsOf(member.id()), Countries.in(locale),
                profile != null ? profile : profileOf(member),
                residence != null ? residence : residenceOf(member),
                privacy != null ? privacy : privacyOf(member), newEmail, failed, errors,
                sections.of(member.id(), (org.iops.web.PageContext) model.getAttribute("page"))));
        return "members/me";
    }

    private static Forms.ProfileForm profileOf(Member member) {
        Forms.ProfileForm form = new Forms.ProfileForm();
        form.setDisplayName(member.displayName());
        form.setRealName(member.realName());
        form.setBio(member.bio());
        return form;
    }

    private static Forms.ResidenceForm residenceOf(Member member) {
        Forms.ResidenceForm form = new Forms.ResidenceForm();
        form.setCountry(member.residence().countryCode());
        form.setLocality(member.residence().locality());
        form.setNeighbourhood(member.residence().neighbourhood());
        return form;
    }

    private static Forms.PrivacyForm privacyOf(Member member) {
        Forms.PrivacyForm form = new Forms.PrivacyForm();
        PrivacySettings p = member.privacy();
        form.setLocality(p.locality());
        form.setNeighbourhood(p.neighbourhood());
        form.setRealName(p.realName());
        form.setBio(p.bio());
        form.setEmail(p.email());
        form.setHidden(p.hidden());
        return form;
    }

    /** The header names the member from the session's principal, so the principal takes the new name. */
    private void showNewName(String displayName, HttpServletRequest request, HttpServletResponse response) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current == null || !(current.getPrincipal() instanceof SignedInMember principal)) {
            return;
        }
        UsernamePasswordAuthenticationToken renamed = UsernamePasswordAuthenticationToken.authenticated(
                principal.withDisplayName(displayName), null, current.getAuthorities());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(renamed);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }

    static String sessionId(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : session.getId();
    }

    private Member signedIn() {
        CurrentMember current = PageContextFactory.currentMember();
        if (current == null) {
            throw new NotFoundException("Member");
        }
        return members.findById(current.memberId()).orElseThrow(() -> new NotFoundException("Member"));
    }

    static UUID currentId() {
        CurrentMember current = PageContextFactory.currentMember();
        if (current == null) {
            throw new NotFoundException("Member");
        }
        return current.memberId();
    }
}
