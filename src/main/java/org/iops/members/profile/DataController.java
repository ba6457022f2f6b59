package org.iops.members.profile;

import java.time.Clock;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.iops.members.account.Accounts;
import org.iops.members.account.Member;
import org.iops.members.account.MemberRepository;
import org.iops.shared.NotFoundException;
import org.iops.shared.PersonalData;
import org.iops.web.SiteCookies;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A member's own data: downloading all of it (the account's own, then each module's {@link PersonalData} part), and
 * deleting the account.
 */
@Controller
class DataController {

    private final MemberRepository members;
    private final Accounts accounts;
    private final ObjectProvider<PersonalData> personalData;
    private final SiteCookies cookies;

    private final Clock clock;

    DataController(MemberRepository members, Accounts accounts, ObjectProvider<PersonalData> personalData,
            SiteCookies cookies, Clock clock) {
        this.clock = clock;
        this.cookies = cookies;
        this.members = members;
        this.accounts = accounts;
        this.personalData = personalData;
    }

    @GetMapping(value = "/me/export", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> export() {
        Member m = members.findById(MeController.currentId()).orElseThrow(() -> new NotFoundException("Member"));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("exportedAt", clock.instant().toString());
        data.put("account", ordered("id", m.id(), "email", m.email(),
                "emailVerifiedAt", m.emailVerifiedAt() == null ? null : m.emailVerifiedAt().toString(),
                "joinedAt", m.joinedAt().toString(), "language", m.language()));
        data.put("profile", ordered("displayName", m.displayName(), "realName", m.realName(), "bio", m.bio()));
        data.put("residence", ordered("country", m.residence().countryCode(), "locality", m.residence().locality(),
                "neighbourhood", m.residence().neighbourhood()));
        data.put("privacy", ordered("locality", m.privacy().locality(), "neighbourhood", m.privacy().neighbourhood(),
                "realName", m.privacy().realName(), "bio", m.privacy().bio(), "email", m.privacy().email(),
                "hiddenFromDirectories", m.privacy().hidden()));
        // then each module's part: units (placements, memberships, roles), pages (revisions written), ...
        personalData.orderedStream().forEach(module -> data.putAll(module.export(m.id())));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("iops-my-data.json").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentType(MediaType.APPLICATION_JSON)
                .body(data);
    }

    @GetMapping("/me/delete")
    String confirmDeletion(Model model) {
        MeController.currentId();
        model.addAttribute("problem", null);
        return "members/delete";
    }

    @PostMapping("/me/delete")
    String delete(@RequestParam(defaultValue = "") String password, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        var id = MeController.currentId();
        if (!accounts.passwordMatches(id, password)) {
            response.setStatus(422);
            model.addAttribute("problem", "members.password.wrong");
            return "members/delete";
        }
        accounts.delete(id);
        new SecurityContextLogoutHandler().logout(request, response, SecurityContextHolder.getContext()
                .getAuthentication());
        Cookie rememberMe = new Cookie(cookies.rememberMe(), "");
        rememberMe.setSecure(cookies.https());
        rememberMe.setMaxAge(0);
        rememberMe.setPath("/");
        response.addCookie(rememberMe);
        return "redirect:/?deleted";
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
