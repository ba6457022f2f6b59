package org.iops.members.account;

import jakarta.servlet.http.HttpServletResponse;
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

    VerificationController(Accounts accounts) {
        this.accounts = accounts;
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

    @PostMapping("/verify/{token}")
    String verify(@PathVariable String token, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Tokens.Check check = accounts.verify(token);
        if (!check.valid()) {
            return TokenProblem.show(check, model, response);
        }
        redirect.addFlashAttribute("notice", "members.verify.done");
        return "redirect:/login";
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
