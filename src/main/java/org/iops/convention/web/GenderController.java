package org.iops.convention.web;

import java.util.Arrays;
import java.util.Optional;
import org.iops.convention.gender.Gender;
import org.iops.convention.gender.Genders;
import org.iops.web.CurrentMember;
import org.iops.web.PageContextFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A member declares, changes or withdraws their own gender; nobody can do it for another. */
@Controller
class GenderController {

    private final Genders genders;

    GenderController(Genders genders) {
        this.genders = genders;
    }

    @PostMapping("/me/gender")
    String declare(@RequestParam(defaultValue = "") String gender, RedirectAttributes redirect) {
        CurrentMember member = PageContextFactory.currentMember();
        if (member == null) {
            throw new AccessDeniedException("sign in first");
        }
        Optional<Gender> chosen = Arrays.stream(Gender.values()).filter(g -> g.name().equals(gender)).findFirst();
        if (chosen.isEmpty() && !gender.isBlank()) {
            throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_ENTITY, "convention.gender.unknown");
        }
        genders.declare(member.memberId(), chosen.orElse(null));
        redirect.addFlashAttribute("notice", chosen.isPresent() ? "convention.gender.saved" : "convention.gender.withdrawn");
        return "redirect:/me#gender";
    }
}
