package org.iops.members.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Forgotten passwords: a link by email, the same answer whether or not the address is registered. */
@Controller
class PasswordResetController {

    private final PasswordResets resets;
    private final PasswordRules passwordRules;
    private final org.iops.web.RateLimiter limiter;

    PasswordResetController(PasswordResets resets, PasswordRules passwordRules, org.iops.web.RateLimiter limiter) {
        this.resets = resets;
        this.passwordRules = passwordRules;
        this.limiter = limiter;
    }

    @GetMapping("/password/reset")
    String requestForm(Model model) {
        model.addAttribute("email", "");
        model.addAttribute("problem", null);
        return "members/resetRequest";
    }

    @PostMapping("/password/reset")
    String request(@RequestParam(defaultValue = "") String email, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        String cleaned = email.strip();
        if (!Accounts.looksLikeEmail(cleaned)) {
            response.setStatus(422);
            model.addAttribute("email", cleaned.length() > 254 ? "" : cleaned);
            model.addAttribute("problem", "members.email.invalid");
            return "members/resetRequest";
        }
        limiter.consume(Limits.RESET_PER_IP, request.getRemoteAddr());
        // past a few emails an hour nothing more is sent, without a 429: requests by someone else must not block
        // the owner's reset, and the link of the last email sent keeps working
        if (limiter.charge(Limits.RESET_MAILS_PER_ACCOUNT, MemberRepository.normalizeEmail(cleaned))) {
            resets.requestPasswordReset(cleaned);
        }
        return "redirect:/password/reset/sent";
    }

    @GetMapping("/password/reset/sent")
    String sent(Model model) {
        model.addAttribute("titleKey", "members.sent.title");
        model.addAttribute("textKey", "members.sent.reset");
        return "members/checkEmail";
    }

    @GetMapping("/password/reset/{token}")
    String newPasswordForm(@PathVariable String token, Model model, HttpServletResponse response) {
        Tokens.Check check = resets.checkReset(token);
        if (!check.valid()) {
            return TokenProblem.show(check, model, response);
        }
        model.addAttribute("action", "/password/reset/" + token);
        model.addAttribute("problem", null);
        return "members/resetForm";
    }

    @PostMapping("/password/reset/{token}")
    String setNewPassword(@PathVariable String token, @RequestParam(defaultValue = "") String password,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Tokens.Check check = resets.checkReset(token);
        if (!check.valid()) {
            return TokenProblem.show(check, model, response);
        }
        var problem = passwordRules.problem(password);
        if (problem.isPresent()) {
            response.setStatus(422);
            model.addAttribute("action", "/password/reset/" + token);
            model.addAttribute("problem", problem.get());
            return "members/resetForm";
        }
        check = resets.resetPassword(token, password);
        if (!check.valid()) {
            return TokenProblem.show(check, model, response);
        }
        redirect.addFlashAttribute("notice", "members.reset.done");
        return "redirect:/login";
    }
}
