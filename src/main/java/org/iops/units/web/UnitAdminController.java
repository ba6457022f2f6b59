package org.iops.units.web;

import static org.iops.units.web.AdminScreen.CONFIRMED;
import static org.iops.units.web.AdminScreen.parse;
import static org.iops.units.web.AdminScreen.parseOrNull;
import static org.iops.units.web.AdminScreen.require;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iops.shared.NotFoundException;
import org.iops.units.UnitId;
import org.iops.units.MemberLookup;
import org.iops.units.UnitActions;
import org.iops.units.tree.RoleBook;
import org.iops.units.tree.Unit;
import org.iops.units.tree.UnitAccess;
import org.iops.units.tree.UnitDirectoryService;
import org.iops.units.tree.UnitRuleException;
import org.iops.units.web.AdminForms.RoleForm;
import org.iops.units.web.Views.Confirmation;
import org.iops.units.web.Views.FormState;
import org.iops.web.PageContext;
import org.iops.web.PageContextFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A unit's admin screen and its roles: giving a role to a member of the unit, ending a term. Those who may
 * {@link UnitActions#ADMINISTER} the unit only. Lifecycle and structure have controllers of their own.
 */
@Controller
class UnitAdminController {

    private final RoleBook roles;
    private final UnitAccess access;
    private final UnitPresenter present;
    private final PageContextFactory pages;
    private final ObjectProvider<MemberLookup> lookup;
    private final UnitDirectoryService directory;
    private final AdminScreen screen;

    UnitAdminController(RoleBook roles, UnitAccess access, UnitPresenter present, PageContextFactory pages,
            ObjectProvider<MemberLookup> lookup, UnitDirectoryService directory, AdminScreen screen) {
        this.roles = roles;
        this.access = access;
        this.present = present;
        this.pages = pages;
        this.lookup = lookup;
        this.directory = directory;
        this.screen = screen;
    }

    @GetMapping("/units/{id}/admin")
    ModelAndView admin(@PathVariable UnitId id, @RequestParam(name = "q", defaultValue = "") String query,
            HttpServletRequest request) {
        Unit unit = present.unit(id);
        UUID actor = UnitPresenter.signedIn();
        require(access.may(actor, UnitActions.ADMINISTER, unit));
        String q = query.strip().length() > 120 ? query.strip().substring(0, 120) : query.strip();
        FormState form = q.isEmpty() ? FormState.empty() : new FormState("role", Map.of("q", q), Map.of());
        return screen.page(unit, actor, pages.of(request), form);
    }

    @PostMapping("/units/{id}/roles")
    ModelAndView assignRole(@PathVariable UnitId id, @Valid RoleForm form, BindingResult binding,
            HttpServletRequest request, RedirectAttributes flash) {
        Unit unit = present.unit(id);
        UUID actor = UnitPresenter.signedIn();
        return screen.handle(unit, actor, access.may(actor, UnitActions.ADMINISTER, unit), "role", form.values(),
                binding, request, flash, "units.notice.roleAssigned", () -> {
                    // only a member found by the search among this unit's members: anything else, an address
                    // of someone elsewhere included, gets the same answer as a member who does not exist
                    UUID member = parseOrNull(form.getMember());
                    MemberLookup members = lookup.getIfAvailable();
                    if (member == null || members == null || !directory.belongsWithin(member, unit.id())
                            || !members.exists(member)) {
                        throw new UnitRuleException("member", "units.error.memberUnknown");
                    }
                    roles.assign(actor, unit.id(), member, form.getRole(), form.getStart(), form.getEnd());
                });
    }

    /** The step before ending a term: who loses which role, and a button that ends it. */
    @GetMapping("/units/{id}/roles/{termId}/end")
    ModelAndView confirmEndRole(@PathVariable UnitId id, @PathVariable String termId, HttpServletRequest request) {
        Unit unit = present.unit(id);
        UUID termIdValue = parse(termId); // a malformed id is a 404 for everyone, before any permission check
        UUID actor = UnitPresenter.signedIn();
        require(access.may(actor, UnitActions.ADMINISTER, unit));
        RoleBook.Term term = roles.termsIn(unit.id()).stream().filter(t -> t.id().equals(termIdValue)).findFirst()
                .orElseThrow(() -> new NotFoundException("role"));
        PageContext page = pages.of(request);
        String member = present.memberName(present.cards(actor, List.of(term.memberId())), term.memberId(), page);
        String role = page.t(Views.roleKey(term.role()));
        String unitName = present.name(unit, page);
        return screen.confirmation(unit, page, new Confirmation(page.t("units.confirm.endRoleTitle", role, member),
                List.of(page.t("units.confirm.endRoleLoses", member, role, unitName), page.t("units.confirm.endRoleKept")),
                unit.ref().path() + "/roles/" + term.id() + "/end", CONFIRMED, "", "", List.of(), "",
                page.t("units.confirm.endRoleButton"), unit.ref().path() + "/admin"));
    }

    @PostMapping("/units/{id}/roles/{termId}/end")
    ModelAndView endRole(@PathVariable UnitId id, @PathVariable String termId,
            @RequestParam(name = "confirmed", required = false) @Nullable String confirmed, HttpServletRequest request,
            RedirectAttributes flash) {
        Unit unit = present.unit(id);
        UUID actor = UnitPresenter.signedIn();
        UUID term = parse(termId);
        boolean allowed = access.may(actor, UnitActions.ADMINISTER, unit);
        if (!"yes".equals(confirmed)) {
            require(allowed);
            return new ModelAndView("redirect:" + unit.ref().path() + "/roles/" + term + "/end");
        }
        return screen.handle(unit, actor, allowed, "end", Map.of(), null, request, flash, "units.notice.roleEnded",
                () -> roles.end(actor, unit.id(), term));
    }
}
