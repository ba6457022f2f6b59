package org.iops.units.web;

import static org.iops.units.web.AdminScreen.require;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.UUID;
import org.iops.units.UnitId;
import org.iops.units.UnitActions;
import org.iops.units.UnitStatus;
import org.iops.units.tree.ChapterModeration;
import org.iops.units.tree.Structure;
import org.iops.units.tree.Unit;
import org.iops.units.tree.UnitAccess;
import org.iops.units.tree.UnitRuleException;
import org.iops.units.web.AdminForms.FoundingForm;
import org.iops.units.web.AdminForms.StatusForm;
import org.iops.units.web.Views.FormState;
import org.iops.web.PageContext;
import org.iops.web.PageContextFactory;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A chapter's lifecycle from its admin screen: founding and dormancy for whoever may
 * {@link UnitActions#ADMINISTER} it; archiving, hiding and deleting for whoever may {@link UnitActions#RESTRUCTURE}.
 */
@Controller
class UnitLifecycleController {

    private final UnitAccess access;
    private final Structure structure;
    private final ChapterModeration moderation;
    private final UnitPresenter present;
    private final PageContextFactory pages;
    private final AdminScreen screen;

    UnitLifecycleController(UnitAccess access, Structure structure, ChapterModeration moderation,
            UnitPresenter present, PageContextFactory pages, AdminScreen screen) {
        this.access = access;
        this.structure = structure;
        this.moderation = moderation;
        this.present = present;
        this.pages = pages;
        this.screen = screen;
    }

    @PostMapping("/units/{id}/found")
    ModelAndView found(@PathVariable UnitId id, @Valid FoundingForm form, BindingResult binding,
            HttpServletRequest request, RedirectAttributes flash) {
        Unit unit = present.unit(id);
        UUID actor = UnitPresenter.signedIn();
        return screen.handle(unit, actor, unit.isChapter() && access.may(actor, UnitActions.ADMINISTER, unit), "found",
                form.values(), binding, request, flash, "units.notice.founded",
                () -> structure.found(actor, unit.id(), form.getFoundedOn()));
    }

    @PostMapping("/units/{id}/status")
    ModelAndView status(@PathVariable UnitId id, @Valid StatusForm form, BindingResult binding,
            HttpServletRequest request, RedirectAttributes flash) {
        Unit unit = present.unit(id);
        UUID actor = UnitPresenter.signedIn();
        boolean allowed = unit.isChapter() && access.may(actor, form.getStatus() == UnitStatus.ARCHIVED
                ? UnitActions.RESTRUCTURE : UnitActions.ADMINISTER, unit);
        return screen.handle(unit, actor, allowed, "status", Map.of(), binding, request, flash,
                "units.notice.statusChanged", () -> structure.changeStatus(actor, unit.id(), form.getStatus()));
    }

    @PostMapping("/units/{id}/visibility")
    ModelAndView visibility(@PathVariable UnitId id, @RequestParam(name = "hidden", defaultValue = "true") boolean hidden,
            HttpServletRequest request, RedirectAttributes flash) {
        Unit unit = present.unit(id);
        UUID actor = UnitPresenter.signedIn();
        return screen.handle(unit, actor, unit.isChapter() && access.may(actor, UnitActions.RESTRUCTURE, unit),
                "visibility", Map.of(), null, request, flash, hidden ? "units.notice.hidden" : "units.notice.shown",
                () -> moderation.setHidden(actor, unit.id(), hidden));
    }

    /** Deleting is for good, so it is asked again on a page of its own. */
    @GetMapping("/units/{id}/delete")
    ModelAndView confirmDelete(@PathVariable UnitId id, HttpServletRequest request) {
        Unit unit = present.unit(id);
        UUID actor = UnitPresenter.signedIn();
        require(unit.isChapter() && access.may(actor, UnitActions.RESTRUCTURE, unit));
        PageContext page = pages.of(request);
        return new ModelAndView("units/confirmDelete", Map.of("unit", present.view(unit, page),
                "crumbs", present.crumbs(unit, page)));
    }

    @PostMapping("/units/{id}/delete")
    ModelAndView delete(@PathVariable UnitId id, HttpServletRequest request, RedirectAttributes flash) {
        Unit unit = present.unit(id);
        UUID actor = UnitPresenter.signedIn();
        require(unit.isChapter() && access.may(actor, UnitActions.RESTRUCTURE, unit));
        try {
            moderation.delete(actor, unit.id());
        } catch (UnitRuleException rule) {
            return screen.rejected(unit, actor, request,
                    new FormState("delete", Map.of(), Map.of(rule.field(), rule.messageKey())));
        }
        flash.addFlashAttribute("notice", "units.notice.deleted");
        return new ModelAndView("redirect:/units/" + unit.parentId() + "/admin");
    }
}
