package org.iops.members.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The one-time sign-in link of an account whose password logins are paused. Opening it only shows a button (mail
 * scanners open links too); pressing the button spends the link and signs the member in.
 */
@Controller
class SignInLinkController {

    private final SignInLinks links;

    SignInLinkController(SignInLinks links) {
        this.links = links;
    }

    @GetMapping("/login/link/{token}")
    String confirmPage(@PathVariable String token, Model model, HttpServletResponse response) {
        Tokens.Check check = links.check(token);
        if (!check.valid()) {
            return TokenProblem.show(check, model, response);
        }
        model.addAttribute("action", "/login/link/" + token);
        model.addAttribute("titleKey", "members.signInLink.title");
        model.addAttribute("textKey", "members.signInLink.text");
        model.addAttribute("buttonKey", "members.signInLink.button");
        return "members/confirmLink";
    }

    @PostMapping("/login/link/{token}")
    String signIn(@PathVariable String token, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        Tokens.Check check = links.signIn(token, request, response);
        if (!check.valid()) {
            return TokenProblem.show(check, model, response);
        }
        return "redirect:/me";
    }
}
