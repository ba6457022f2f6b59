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
import org.iops.units.UnitId;
import org.iops.units.UnitActions;
import org.iops.units.UnitLevel;
import org.iops.units.tree.Structure;
import org.iops.units.tree.Unit;
import org.iops.units.tree.UnitAccess;
import org.iops.units.web.AdminForms.NameForm;
import org.iops.units.web.AdminForms.TargetForm;
import org.iops.units.web.Views.Confirmation;
import org.iops.units.web.Views.Option;
import org.iops.web.PageContext;
import org.iops.web.PageContextFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The shape of the tree from a unit's admin screen: merging chapters, other names, moving a chapter, regions and
 * new chapters, renaming. Whoever may {@link UnitActions#RESTRUCTURE} the unit (the branch's admins and above) only.
 */
@Controller
class UnitStructureController {

    private final UnitAccess access;
    private final Structure structure;
    private final UnitPresenter present;
    private final PageContextFactory pages;
    private final AdminScreen screen;

    UnitStructureController(UnitAccess access, Structure structure, UnitPresenter present, PageContextFactory pages,
            AdminScreen screen) {
        this.access = access;
        this.structure = structure;
        this.present = present;
        this.pages = pages;
        this.screen = screen;
    }

    /** The step before a merge: what moves where, with the chosen target (or the likeliest duplicate) selected. */
    @GetMapping("/units/{id}/merge")
    ModelAndView confirmMerge(@PathVariable UnitId id, @RequestParam(name = "target", required = false) @Nullable String target,
            HttpServletRequest request) {
        Unit unit = present.unit(id);
        UUID actor = UnitPresenter.signedIn();
        require(unit.isChapter() && restructures(actor, unit));
        List<Unit> targets = screen.mergeTargets(unit);
        if (targets.isEmpty()) {
            return new ModelAndView("redirect:" + unit.ref().path() + "/admin");
        }
        PageContext page = pages.of(request);
        UUID chosen = parseOrNull(target);
        String selected = targets.stream().anyMatch(t -> t.id().equals(chosen)) ? String.valueOf(chosen)
                : AdminScreen.likeliestTarget(unit, targets);
        return screen.confirmation(unit, page, new Confirmation(page.t("units.confirm.mergeTitle", unit.name()),
                List.of(page.t("units.confirm.mergeMembers", unit.memberCount(), unit.name()),
                        page.t("units.confirm.mergePage", unit.name()), page.t("units.confirm.mergeRoles")),
                unit.ref().path() + "/merge", CONFIRMED, "target", page.t("units.form.mergeTarget"),
                targets.stream().map(c -> new Option(c.id().toString(), c.name())).toList(), selected,
                page.t("units.confirm.mergeButton"), unit.ref().path() + "/admin"));
    }

    @PostMapping("/units/{id}/merge")
    ModelAndView merge(@PathVariable UnitId id, TargetForm form,
            @RequestParam(name = "confirmed", required = false) @Nullable String confirmed, HttpServletRequest request,
            RedirectAttributes flash) {
        Unit unit = present.unit(id);
        UUID actor = UnitPresenter.signedIn();
        boolean allowed = unit.isChapter() && restructures(actor, unit);
        if (!"yes".equals(confirmed)) {
            require(allowed);
            UUID target = parseOrNull(form.getTarget());
            return new ModelAndView("redirect:" + unit.ref().path() + "/merge" + (target == null ? "" : "?target=" + target));
        }
        return screen.handle(unit, actor, allowed, "merge", form.values(), null, request, flash, "units.notice.merged",
                () -> structure.merge(actor, unit.id(), parseOrNull(form.getTarget())));
    }

    @PostMapping("/units/{id}/move")
    ModelAndView move(@PathVariable UnitId id, TargetForm form, HttpServletRequest request, RedirectAttributes flash) {
        Unit unit = present.unit(id);
        UUID actor = UnitPresenter.signedIn();
        return screen.handle(unit, actor, unit.isChapter() && restructures(actor, unit), "move", form.values(), null,
                request, flash, "units.notice.moved",
                () -> structure.moveChapter(actor, unit.id(), parseOrNull(form.getTarget())));
    }

    @PostMapping("/units/{id}/aliases")
    ModelAndView addAlias(@PathVariable UnitId id, @Valid NameForm form, BindingResult binding,
            HttpServletRequest request, RedirectAttributes flash) {
        Unit unit = present.unit(id);
        UUID actor = UnitPresenter.signedIn();
        return screen.handle(unit, actor, unit.isChapter() && restructures(actor, unit), "alias", form.values(),
                binding, request, flash, "units.notice.aliasAdded",
                () -> structure.addAlias(actor, unit.id(), form.getName()));
    }

    @PostMapping("/units/{id}/aliases/{aliasId}/remove")
    ModelAndView removeAlias(@PathVariable UnitId id, @PathVariable String aliasId, HttpServletRequest request,
            RedirectAttributes flash) {
        Unit unit = present.unit(id);
        UUID actor = UnitPresenter.signedIn();
        UUID alias = parse(aliasId);
        return screen.handle(unit, actor, unit.isChapter() && restructures(actor, unit), "alias", Map.of(), null,
                request, flash, "units.notice.aliasRemoved", () -> structure.removeAlias(actor, unit.id(), alias));
    }

    @PostMapping("/units/{id}/regions")
    ModelAndView addRegion(@PathVariable UnitId id, @Valid NameForm form, BindingResult binding,
            HttpServletRequest request, RedirectAttributes flash) {
        Unit unit = present.unit(id);
        UUID actor = UnitPresenter.signedIn();
        return screen.handle(unit, actor, unit.level() == UnitLevel.BRANCH && restructures(actor, unit), "region",
                form.values(), binding, request, flash, "units.notice.regionAdded",
                () -> structure.addRegion(actor, unit.id(), form.getName()));
    }

    @PostMapping("/units/{id}/rename")
    ModelAndView rename(@PathVariable UnitId id, @Valid NameForm form, BindingResult binding,
            HttpServletRequest request, RedirectAttributes flash) {
        Unit unit = present.unit(id);
        UUID actor = UnitPresenter.signedIn();
        boolean allowed = (unit.isChapter() || unit.level() == UnitLevel.REGION) && restructures(actor, unit);
        return screen.handle(unit, actor, allowed, "rename", form.values(), binding, request, flash,
                "units.notice.renamed", () -> structure.rename(actor, unit.id(), form.getName()));
    }

    @PostMapping("/units/{id}/remove")
    ModelAndView removeRegion(@PathVariable UnitId id, HttpServletRequest request, RedirectAttributes flash) {
        Unit unit = present.unit(id);
        UUID actor = UnitPresenter.signedIn();
        return screen.handle(unit, actor, unit.level() == UnitLevel.REGION && restructures(actor, unit), "region",
                Map.of(), null, request, flash, "units.notice.regionRemoved",
                () -> structure.removeRegion(actor, unit.id()));
    }

    @PostMapping("/units/{id}/chapters")
    ModelAndView addChapter(@PathVariable UnitId id, @Valid NameForm form, BindingResult binding,
            HttpServletRequest request, RedirectAttributes flash) {
        Unit unit = present.unit(id);
        UUID actor = UnitPresenter.signedIn();
        boolean allowed = (unit.level() == UnitLevel.BRANCH || unit.level() == UnitLevel.REGION)
                && restructures(actor, unit);
        return screen.handle(unit, actor, allowed, "chapter", form.values(), binding, request, flash,
                "units.notice.chapterAdded", () -> structure.addChapter(actor, unit.id(), form.getName(), form.getKind()));
    }

    private boolean restructures(UUID actor, Unit unit) {
        return access.may(actor, UnitActions.RESTRUCTURE, unit);
    }
}
