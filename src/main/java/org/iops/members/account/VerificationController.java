package org.iops.members.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Following the link in a verification email. Opening the link shows a button and only pressing it spends the
 * link, so a mail scanner that opens links does not verify an address on someone's behalf.
 */
@Controller
class VerificationController {

    private final Accounts accounts;
    private final UserDetailsService memberDetails;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    VerificationController(Accounts accounts, UserDetailsService memberDetails) {
        this.accounts = accounts;
        this.memberDetails = memberDetails;
    }

    @GetMapping("/verify/{token}")
    String confirmPage(@PathVariable String token, Model model, HttpServletResponse response) {
        Tokens.Check check = accounts.checkVerification(token);
        if (!check.valid()) {
            return TokenProblem.show(check, model, response);
        }
        model.addAttribute("action", "/verify/" + token);
        model.addAttribute("titleKey", "members.verify.title");
        model.addAttribute("textKey", "members.verify.text");
        model.addAttribute("buttonKey", "members.verify.button");
        return "members/confirmLink";
    }

    /** Confirms the address and signs the new member in, in a new session: no second login after joining. */
    @PostMapping("/verify/{token}")
    String verify(@PathVariable String token, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        Tokens.Check check = accounts.verify(token);
        if (!check.valid()) {
            return TokenProblem.show(check, model, response);
        }
        signIn(check.memberId(), request, response);
        return "redirect:/welcome";
    }

    /*
     * The link proved the address, as a password would have proved the account. The session the visitor had is
     * replaced by a new one (no session fixation), which holds the principal without its password hash.
     */
    private void signIn(UUID memberId, HttpServletRequest request, HttpServletResponse response) {
        UserDetails member = memberDetails.loadUserByUsername(memberId.toString());
        if (member instanceof CredentialsContainer credentials) {
            credentials.eraseCredentials();
        }
        HttpSession visitor = request.getSession(false);
        if (visitor != null) {
            visitor.invalidate();
        }
        request.getSession(true);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(member, null,
                member.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }

    @GetMapping("/verify/email/{token}")
    String confirmEmailPage(@PathVariable String token, Model model, HttpServletResponse response) {
        Tokens.Check check = accounts.checkEmailChange(token);
        if (!check.valid()) {
            return TokenProblem.show(check, model, response);
        }
        model.addAttribute("action", "/verify/email/" + token);
        model.addAttribute("titleKey", "members.emailChange.confirmTitle");
        model.addAttribute("textKey", "members.emailChange.confirmText");
        model.addAttribute("buttonKey", "members.emailChange.confirmButton");
        return "members/confirmLink";
    }

    @PostMapping("/verify/email/{token}")
    String confirmEmail(@PathVariable String token, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Tokens.Check check;
        try {
            check = accounts.confirmEmailChange(token);
        } catch (DuplicateKeyException takenMeanwhile) {
            return TokenProblem.show(new Tokens.Check(Tokens.State.USED, null, null), model, response);
        }
        if (!check.valid()) {
            return TokenProblem.show(check, model, response);
        }
        redirect.addFlashAttribute("notice", "members.emailChange.done");
        return "redirect:/me";
    }
}
