package org.iops.members.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.iops.shared.NotFoundException;
import org.iops.web.PageContextFactory;
import org.iops.web.RateLimiter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The login page (Spring Security handles the form it sends). A wrong address and a wrong password get the same
 * message; only after a right password does a member learn that their address still needs verifying.
 */
@Controller
class LoginController {

    private final Accounts accounts;
    private final RateLimiter limiter;

    LoginController(Accounts accounts, RateLimiter limiter) {
        this.accounts = accounts;
        this.limiter = limiter;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, HttpServletRequest request, Model model) {
        if (PageContextFactory.currentMember() != null) {
            return "redirect:/me";
        }
        String problem = null;
        String email = "";
        if (error != null) {
            HttpSession session = request.getSession(false);
            Object failure = session == null ? null : session.getAttribute(LoginFailures.FAILED);
            if (failure instanceof LoginFailures.Failed failed) {
                problem = failed.problem();
                email = failed.email();
                session.removeAttribute(LoginFailures.FAILED);
            } else {
                problem = "members.login.failed";
            }
        }
        model.addAttribute("problem", problem);
        model.addAttribute("email", email);
        return "members/login";
    }

    /**
     * A login attempt refused by a limit (forwarded here by {@link LoginFailures}): the form again, status 429,
     * with the address as typed and how long to wait. Reached directly, it is not a page.
     */
    @RequestMapping(LoginFailures.LIMITED_PAGE)
    String limited(HttpServletRequest request, HttpServletResponse response, Model model) {
        if (!(request.getAttribute(LoginFailures.LIMITED) instanceof LoginLimitedException limited)) {
            throw new NotFoundException("page");
        }
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(limited.retryAfterSeconds()));
        model.addAttribute("problem", limited.accountPaused() ? "members.login.paused" : "members.login.tooMany");
        model.addAttribute("problemArgs", new Object[] {Limits.minutes(limited.retryAfterSeconds())});
        model.addAttribute("email", limited.typedEmail());
        return "members/login";
    }

    /** Sends a new verification link; the same answer whether or not the address is registered. */
    @PostMapping("/verify/resend")
    String resend(@RequestParam(name = "resend-email", defaultValue = "") String email, HttpServletRequest request,
            RedirectAttributes redirect) {
        if (Accounts.looksLikeEmail(email.strip())) {
            limiter.consume(Limits.RESEND_PER_IP, request.getRemoteAddr());
            limiter.consume(Limits.RESEND_PER_ACCOUNT, MemberRepository.normalizeEmail(email));
            accounts.resendVerification(email);
        }
        return "redirect:/verify/sent";
    }

    @GetMapping("/verify/sent")
    String resent(Model model) {
        model.addAttribute("titleKey", "members.sent.title");
        model.addAttribute("textKey", "members.sent.verify");
        return "members/checkEmail";
    }
}
