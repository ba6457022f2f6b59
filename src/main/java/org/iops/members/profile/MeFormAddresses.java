package org.iops.members.profile;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The addresses the forms of {@code /me} post to. A form sent without script that has errors is answered at its own
 * address ({@code /me/email}); opened again from the address bar, that address leads back to the page at that form
 * instead of an error.
 */
@Controller
class MeFormAddresses {

    @GetMapping({"/me/profile", "/me/residence", "/me/privacy", "/me/email", "/me/password", "/me/sessions",
            "/me/language"})
    String backToTheForm(HttpServletRequest request) {
        String form = request.getRequestURI().substring("/me/".length());
        return "redirect:/me#" + form;
    }
}
