package org.iops.members.account;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;

/** The page for a link that does not work: 400 if it was never valid, 410 if it expired or was already used. */
final class TokenProblem {

    private TokenProblem() {
    }

    static String show(Tokens.Check check, Model model, HttpServletResponse response) {
        switch (check.state()) {
            case EXPIRED -> {
                response.setStatus(410);
                model.addAttribute("problemKey", "members.link.expired");
            }
            case USED -> {
                response.setStatus(410);
                model.addAttribute("problemKey", "members.link.used");
            }
            default -> {
                response.setStatus(400);
                model.addAttribute("problemKey", "members.link.invalid");
            }
        }
        return "members/linkProblem";
    }
}
