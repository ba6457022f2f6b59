package org.iops.units.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.iops.notifications.Notifications;
import org.iops.notifications.Parameter;
import org.iops.shared.ForbiddenException;
import org.iops.shared.Text;
import org.iops.units.Role;
import org.iops.units.UnitLevel;
import org.iops.units.UnitId;
import org.iops.units.tree.RoleBook;
import org.iops.units.tree.Unit;
import org.iops.units.tree.UnitDirectoryService;
import org.iops.web.PageContext;
import org.iops.web.PageContextFactory;
import org.iops.web.RateLimiter;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A member writes to the admins of their chapter or branch through the site: the message is emailed to each admin
 * in the admin's language, and no admin's address is ever shown. The member's own address goes with it only if
 * they tick the box; otherwise the admins reach them through their profile.
 */
@Controller
class ContactAdminsController {

    static final RateLimiter.Limit PER_MEMBER = new RateLimiter.Limit("contact-admins", 5, Duration.ofHours(1));
    static final int MAX_LENGTH = 3000;

    private final UnitPresenter present;
    private final UnitDirectoryService directory;
    private final RoleBook roles;
    private final PageContextFactory pages;
    private final Notifications notifications;
    private final RateLimiter limiter;
    private final String baseUrl;

    ContactAdminsController(UnitPresenter present, UnitDirectoryService directory, RoleBook roles,
            PageContextFactory pages, Notifications notifications, RateLimiter limiter,
            @Value("${iops.base-url}") String baseUrl) {
        this.present = present;
        this.directory = directory;
        this.roles = roles;
        this.pages = pages;
        this.notifications = notifications;
        this.limiter = limiter;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @GetMapping("/units/{id}/contact")
    ModelAndView form(@PathVariable UnitId id, HttpServletRequest request) {
        Unit unit = present.unit(id);
        UUID member = UnitPresenter.signedIn();
        requireMember(member, unit);
        return page(unit, pages.of(request), "", false, null, HttpStatus.OK);
    }

    @PostMapping("/units/{id}/contact")
    ModelAndView send(@PathVariable UnitId id, @RequestParam(name = "message", defaultValue = "") String typed,
            @RequestParam(name = "shareAddress", defaultValue = "false") boolean shareAddress,
            HttpServletRequest request, RedirectAttributes flash) {
        Unit unit = present.unit(id);
        UUID member = UnitPresenter.signedIn();
        requireMember(member, unit);
        PageContext page = pages.of(request);
        String message = Text.clean(typed);
        if (message == null) {
            return page(unit, page, "", shareAddress, "units.contact.empty", HttpStatus.UNPROCESSABLE_ENTITY);
        }
        if (message.length() > MAX_LENGTH) {
            return page(unit, page, message.substring(0, MAX_LENGTH), shareAddress, "units.contact.tooLong",
                    HttpStatus.UNPROCESSABLE_ENTITY);
        }
        limiter.consume(PER_MEMBER, member.toString());
        String from = page.memberName();
        // the sender's address, if they chose to share it, is put in by the notifications module: units never has it
        for (UUID admin : admins(unit)) {
            notifications.notify(admin, shareAddress ? "units.mail.contactReply" : "units.mail.contact",
                    baseUrl + "/members/" + member, Parameter.text(from), Parameter.text(unit.name()),
                    Parameter.text(message), shareAddress ? Parameter.memberAddress(member) : Parameter.text(""));
        }
        flash.addFlashAttribute("notice", "units.contact.sent");
        return new ModelAndView("redirect:" + unit.ref().path());
    }

    /** The unit's own admins; for a chapter without any, its branch's; for a branch without any, the international's. */
    private Set<UUID> admins(Unit unit) {
        Set<UUID> admins = new LinkedHashSet<>(roles.currentHolders(unit.id(), Role.ADMIN));
        if (admins.isEmpty() && unit.level() == UnitLevel.CHAPTER) {
            admins.addAll(roles.currentHolders(unit.branchId(), Role.ADMIN));
        }
        if (admins.isEmpty()) {
            admins.addAll(roles.currentHolders(Unit.INTERNATIONAL, Role.ADMIN));
        }
        return admins;
    }

    /** Only members of the chapter or branch write to its admins. */
    private void requireMember(UUID member, Unit unit) {
        if ((unit.level() != UnitLevel.CHAPTER && unit.level() != UnitLevel.BRANCH) || !unit.isLive()
                || !directory.belongsTo(member, unit.id())) {
            throw new ForbiddenException("contact the admins of " + unit.id());
        }
    }

    private ModelAndView page(Unit unit, PageContext page, String message, boolean shareAddress,
            @Nullable String error, HttpStatus status) {
        Map<String, Object> model = new HashMap<>();
        model.put("unit", present.view(unit, page));
        model.put("crumbs", present.crumbs(unit, page));
        model.put("message", message);
        model.put("shareAddress", shareAddress);
        model.put("error", error);
        ModelAndView view = new ModelAndView("units/contact", model);
        view.setStatus(status);
        return view;
    }
}
